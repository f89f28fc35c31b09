package org.helpline.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.platform.tracing.TraceContext;

/**
 * The messages still to be published, written by the event store in the transaction of their event.
 * Each write announces {@link Filled}; the relay hears it once the transaction committed. Each row keeps the
 * trace context of the span that wrote it, so that its publishing, later and on another thread, continues
 * the same trace.
 */
@ApplicationScoped
public class Outbox {

    /** Announced in the writing transaction; observed {@code during = AFTER_SUCCESS}. */
    public record Filled(int messages) {
    }

    @Inject
    OutboxConfig config;
    @Inject
    Event<Filled> filled;
    private Set<String> ownedTopics;

    @PostConstruct
    void init() {
        ownedTopics = Set.copyOf(config.publishesTo().orElse(List.of()));
    }

    /** Whether events of this topic are published by this service (others are only stored). */
    public boolean publishes(String topic) {
        return ownedTopics.contains(topic);
    }

    /** One message to publish; ids and payload exactly as the event store recorded them. */
    public record Message(UUID eventId, String topic, String key, String eventType, Instant occurredAt,
            UUID correlationId, UUID causationId, String payload) {
    }

    /** The messages of one append, announced once (the relay takes them in one batch anyway). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(List<Message> messages) {
        TraceContext trace = TraceContext.current();
        for (Message message : messages) {
            OutboxMessage row = new OutboxMessage();
            row.eventId = message.eventId();
            row.topic = message.topic();
            row.messageKey = message.key();
            row.eventType = message.eventType();
            row.source = config.source();
            row.occurredAt = message.occurredAt();
            row.correlationId = message.correlationId();
            row.causationId = message.causationId();
            row.payload = message.payload();
            row.traceParent = trace.traceparent();
            row.persist();
        }
        if (!messages.isEmpty()) {
            filled.fire(new Filled(messages.size()));
        }
    }
}
