package org.helpline.contracts.staff;

import java.time.Instant;
import java.util.List;

import org.helpline.contracts.IntegrationEvent;

/**
 * A supervisor gave someone a staff account with these roles. Only the username: a staff member's name and
 * e-mail stay in Keycloak.
 */
public record StaffAccountCreated(String username, List<String> roles, Instant createdAt) implements IntegrationEvent {

    public StaffAccountCreated {
        roles = List.copyOf(roles);
    }

    @Override
    public String partitionKey() {
        return username;
    }
}
