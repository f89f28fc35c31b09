package org.helpline.referrals.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A lawyer or counsellor the helpline refers survivors to; {@code city} as the gazetteer spells it. */
@Entity
@Table(name = "directory_entry")
public class DirectoryEntry extends PanacheEntityBase {

    public enum Kind {
        LAWYER,
        COUNSELLOR
    }

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String city;

    /** Comma-separated. */
    @Column(nullable = false)
    public String languages;

    /** Comma-separated areas of practice. */
    @Column(nullable = false)
    public String areas;

    public String contact;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
