package org.helpline.contracts.staff;

import java.time.Instant;
import java.util.List;

/** A staff account's roles are now exactly {@code roles} (they were {@code previousRoles}). */
public record StaffRolesChanged(String username, List<String> previousRoles, List<String> roles, Instant changedAt)
        implements StaffAccountEvent {

    public StaffRolesChanged {
        previousRoles = List.copyOf(previousRoles);
        roles = List.copyOf(roles);
    }
}
