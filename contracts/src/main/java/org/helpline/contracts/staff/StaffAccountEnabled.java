package org.helpline.contracts.staff;

import java.time.Instant;

import org.helpline.contracts.IntegrationEvent;

/** A disabled staff account may sign in again. */
public record StaffAccountEnabled(String username, Instant enabledAt) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return username;
    }
}
