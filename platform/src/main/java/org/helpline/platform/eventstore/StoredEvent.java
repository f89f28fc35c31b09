package org.helpline.platform.eventstore;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the append-only event store. Rows are inserted, never updated or deleted. */
@Entity
@Table(name = "event_store")
public class StoredEvent extends PanacheEntityBase {

    /** Global position: the database assigns it at insert, so it only grows. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "stream_type", nullable = false, updatable = false)
    public String streamType;

    @Column(name = "stream_id", nullable = false, updatable = false)
    public String streamId;

    @Column(nullable = false, updatable = false)
    public int version;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(name = "schema_version", nullable = false, updatable = false)
    public int schemaVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String payload;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String metadata;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
