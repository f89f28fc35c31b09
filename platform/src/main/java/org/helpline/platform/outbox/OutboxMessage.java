package org.helpline.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A Kafka message waiting to be published, written in the same transaction as its event. The relay
 * deletes the row once Kafka acknowledged it; what remains is exactly what is still to be sent.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String source;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "correlation_id")
    public UUID correlationId;

    @Column(name = "causation_id")
    public UUID causationId;

    @Column(nullable = false)
    public String payload;

    /** W3C traceparent of the span that appended the event (the append is one): its publishing continues it. */
    @Column(name = "trace_parent")
    public String traceParent;
}
