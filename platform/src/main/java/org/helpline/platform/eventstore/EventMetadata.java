package org.helpline.platform.eventstore;

import java.util.UUID;

import org.helpline.platform.tracing.TraceContext;

/**
 * Who caused an event and within which flow. {@code actor} is a staff account or service name,
 * never a complainant; it stays in the event store and is not published.
 */
public record EventMetadata(UUID correlationId, UUID causationId, String actor) {

    /**
     * A flow that starts here: within a traced request its correlation id is the trace's id (both are 128
     * bits), so the request's log lines and every event of the flow, in every service, share one id.
     */
    public static EventMetadata newFlow(String actor) {
        return new EventMetadata(TraceContext.currentTraceAsUuid().orElseGet(UUID::randomUUID), null, actor);
    }

    /** Metadata of an event caused by another event that arrived from Kafka. */
    public static EventMetadata causedBy(UUID causingEventId, UUID correlationId, String actor) {
        return new EventMetadata(correlationId == null ? causingEventId : correlationId, causingEventId, actor);
    }
}
