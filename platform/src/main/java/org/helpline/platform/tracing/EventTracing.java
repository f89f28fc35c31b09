package org.helpline.platform.tracing;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import org.helpline.platform.wire.CloudEventHeaders;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * The spans of an event's journey between services: its publishing by the outbox relay (a child of the
 * span that appended it, long after that request ended) and its processing by each consumer (a child of
 * the publishing, one span per record although a poll is applied in one transaction). The relay and the
 * consumers use plain Kafka clients, so the context travels in the CloudEvent's own headers.
 */
@ApplicationScoped
public class EventTracing {

    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");

    @Inject
    Tracer tracer;

    /** Starts the span of one event's publishing; the caller ends it once Kafka answered. */
    public Span publishing(String topic, String eventType, String eventId, TraceContext appendedIn) {
        return tracer.spanBuilder(topic + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(appendedIn.asParent())
                .setAttribute(SYSTEM, "kafka").setAttribute(OPERATION, "send").setAttribute(DESTINATION, topic)
                .setAttribute(MESSAGE_ID, eventId).setAttribute(EVENT_TYPE, eventType).startSpan();
    }

    /** Starts the span of one record's processing by {@code consumer}; the caller ends it. */
    public Span processing(String consumer, ConsumerRecord<String, String> record, String eventId,
            String eventType) {
        TraceContext published = new TraceContext(CloudEventHeaders.value(record, CloudEventHeaders.TRACE_PARENT));
        return tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(published.asParent())
                .setAttribute(SYSTEM, "kafka").setAttribute(OPERATION, "process")
                .setAttribute(DESTINATION, record.topic()).setAttribute(GROUP, consumer)
                .setAttribute(MESSAGE_ID, eventId).setAttribute(EVENT_TYPE, eventType).startSpan();
    }

    /** Writes {@code span}'s context into the CloudEvent's trace header. */
    public static void write(Span span, Headers headers) {
        TraceContext context = TraceContext.of(Context.root().with(span));
        if (context.traceparent() != null) {
            headers.add(CloudEventHeaders.TRACE_PARENT, context.traceparent().getBytes(StandardCharsets.UTF_8));
        }
    }
}
