package org.helpline.platform.wire;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Kafka header names of CloudEvents 1.0 in binary mode, plus the extension attributes we use to follow a
 * request across services: correlation and causation, and the distributed-tracing extension's W3C trace
 * context. Values are UTF-8 strings.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** The JSON Schema of the body: {@code <service>/schemas/events/<type>/v<schemaVersion>.json}. */
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    /** W3C {@code traceparent} of the span that published the event; a consumer's span is its child. */
    public static final String TRACE_PARENT = "ce_traceparent";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The header's value (the last one of that name), or null when the record has none. */
    public static String value(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
