package org.helpline.console.staff;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** A staff account as case-service lists it: its username, whether it may sign in, and its helpline roles. */
@TemplateData
public record StaffAccount(String username, boolean enabled, List<String> roles) {

    public StaffAccount {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Its roles as the page names them, in the console's order (an unknown one left out). */
    public List<StaffRole> staffRoles() {
        return StaffRole.ALL.stream().filter(role -> roles.contains(role.role())).toList();
    }

    public boolean has(StaffRole role) {
        return roles.contains(role.role());
    }
}
