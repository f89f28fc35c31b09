package org.helpline.intake.contact.infrastructure;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A case intake opened: lets follow-ups find their case and complainants track it. */
@Entity
@Table(name = "intake_case")
public class IntakeCase extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    /** HMAC of the tracking code (TrackingCodes); the code itself is given to the complainant only. */
    @Column(name = "tracking_hash")
    public String trackingHash;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
}
