package org.helpline.platform.wire;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a Kafka record written in CloudEvents binary mode; anything it cannot read is a poison message. */
@ApplicationScoped
public class InboundEventReader {

    @Inject
    EventCodec codec;

    public InboundEvent read(ConsumerRecord<String, String> record) {
        String spec = CloudEventHeaders.value(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(spec)) {
            throw new UnreadableEventException("not a CloudEvents 1.0 message (ce_specversion=" + spec + ")");
        }
        String type = required(record, CloudEventHeaders.TYPE);
        UUID id = uuid(required(record, CloudEventHeaders.ID), CloudEventHeaders.ID);
        return new InboundEvent(id, type, CloudEventHeaders.value(record, CloudEventHeaders.SOURCE), time(record),
                optionalUuid(record, CloudEventHeaders.CORRELATION_ID), optionalUuid(record, CloudEventHeaders.CAUSATION_ID),
                record.topic(), record.partition(), record.offset(), codec.decode(type, record.value()));
    }

    private static Instant time(ConsumerRecord<String, String> record) {
        String time = CloudEventHeaders.value(record, CloudEventHeaders.TIME);
        if (time == null) {
            return Instant.ofEpochMilli(record.timestamp());
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("ce_time is not an RFC 3339 timestamp");
        }
    }

    private static UUID optionalUuid(ConsumerRecord<String, String> record, String name) {
        String value = CloudEventHeaders.value(record, name);
        return value == null ? null : uuid(value, name);
    }

    private static UUID uuid(String value, String header) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException(header + " is not a UUID");
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = CloudEventHeaders.value(record, name);
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException("missing header " + name);
        }
        return value;
    }
}
