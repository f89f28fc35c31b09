package org.helpline.platform.eventstore;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;

/** An event as read back from the store, at its position in its stream. */
public record RecordedEvent(long position, String streamId, int version, UUID eventId, String type,
        Instant recordedAt, IntegrationEvent event) {
}
