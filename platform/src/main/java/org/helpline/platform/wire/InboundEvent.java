package org.helpline.platform.wire;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;

/** An integration event as a consumer received it: the CloudEvent attributes, where it came from, and the body. */
public record InboundEvent(UUID id, String type, String source, Instant time, UUID correlationId,
        UUID causationId, String topic, int partition, long offset, IntegrationEvent event) {
}
