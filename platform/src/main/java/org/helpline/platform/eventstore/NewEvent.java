package org.helpline.platform.eventstore;

import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;

/**
 * An event about to be appended. The id is chosen before the append so that a consumer copying an
 * event it received keeps that event's id (and a redelivery cannot append it twice).
 */
public record NewEvent(UUID eventId, IntegrationEvent event) {

    public static NewEvent of(IntegrationEvent event) {
        return new NewEvent(UUID.randomUUID(), event);
    }
}
