package org.helpline.contracts.staff;

import java.time.Instant;
import java.util.List;

import org.helpline.contracts.IntegrationEvent;

/** A staff account's roles are now exactly {@code roles} (they were {@code previousRoles}). */
public record StaffRolesChanged(String username, List<String> previousRoles, List<String> roles, Instant changedAt)
        implements IntegrationEvent {

    public StaffRolesChanged {
        previousRoles = List.copyOf(previousRoles);
        roles = List.copyOf(roles);
    }

    @Override
    public String partitionKey() {
        return username;
    }
}
