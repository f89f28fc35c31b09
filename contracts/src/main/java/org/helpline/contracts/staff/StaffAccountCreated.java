package org.helpline.contracts.staff;

import java.time.Instant;
import java.util.List;

/**
 * A supervisor gave someone a staff account with these roles. Only the username: a staff member's name and
 * e-mail stay in Keycloak.
 */
public record StaffAccountCreated(String username, List<String> roles, Instant createdAt) implements StaffAccountEvent {

    public StaffAccountCreated {
        roles = List.copyOf(roles);
    }
}
