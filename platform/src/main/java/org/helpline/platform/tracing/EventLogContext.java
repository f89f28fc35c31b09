package org.helpline.platform.tracing;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;

import org.helpline.platform.wire.CloudEventHeaders;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The log context of one event's handling, put in the MDC for as long as it is open: the trace and span ids
 * of the span handling it, the event's id, correlation and causation. Every line logged meanwhile carries
 * them (the text format prints them after the trace id; JSON lines carry each under its key). What was there
 * before (a request's own trace id) comes back on close.
 */
public final class EventLogContext implements AutoCloseable {

    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";
    public static final String EVENT_ID = "eventId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    /** The event's ids as the text format prints them after the trace id (JSON lines have them as keys too). */
    public static final String IN_TEXT = "eventContext";
    private static final String[] KEYS = { TRACE_ID, SPAN_ID, EVENT_ID, CORRELATION_ID, CAUSATION_ID, IN_TEXT };

    private final Object[] before = new Object[KEYS.length];

    private EventLogContext(Span span, UUID eventId, UUID correlationId, UUID causationId) {
        for (int i = 0; i < KEYS.length; i++) {
            before[i] = MDC.get(KEYS[i]);
        }
        SpanContext context = span.getSpanContext();
        set(TRACE_ID, context.isValid() ? context.getTraceId() : null);
        set(SPAN_ID, context.isValid() ? context.getSpanId() : null);
        set(EVENT_ID, eventId);
        set(CORRELATION_ID, correlationId);
        set(CAUSATION_ID, causationId);
        set(IN_TEXT, inText("event", eventId) + inText("correlation", correlationId) + inText("causation", causationId));
    }

    private static String inText(String name, UUID id) {
        return id == null ? "" : " " + name + "=" + id;
    }

    public static EventLogContext open(Span span, UUID eventId, UUID correlationId, UUID causationId) {
        return new EventLogContext(span, eventId, correlationId, causationId);
    }

    /**
     * The context of a record as its headers give it, read leniently (a record set aside may have a broken header:
     * what cannot be read is left out), for the lines about a record no span handles: setting it aside, retrying.
     */
    public static EventLogContext of(ConsumerRecord<?, ?> record) {
        Span published = Span.fromContext(new TraceContext(CloudEventHeaders.value(record, CloudEventHeaders.TRACE_PARENT)).asParent());
        return new EventLogContext(published, uuid(record, CloudEventHeaders.ID),
                uuid(record, CloudEventHeaders.CORRELATION_ID), uuid(record, CloudEventHeaders.CAUSATION_ID));
    }

    private static UUID uuid(ConsumerRecord<?, ?> record, String header) {
        String value = CloudEventHeaders.value(record, header);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    private static void set(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value.toString());
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < KEYS.length; i++) {
            set(KEYS[i], before[i]);
        }
    }
}
