package org.helpline.intake.contact.infrastructure;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ContactKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One contact, as staff look it up; the event store holds its event. */
@Entity
@Table(name = "contact")
public class ContactRecord extends PanacheEntityBase {

    @Id
    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
