package org.helpline.console.staff;

import java.util.List;

import org.helpline.contracts.identity.Roles;

/** The helpline's roles a supervisor gives staff accounts, each by the realm role it is. */
public enum StaffRole {
    ASSOCIATE(Roles.ASSOCIATE),
    LEGAL(Roles.LEGAL),
    DIGITAL_SECURITY(Roles.DIGITAL_SECURITY),
    ANALYST(Roles.ANALYST),
    SUPERVISOR(Roles.SUPERVISOR);

    public static final List<StaffRole> ALL = List.of(values());

    private final String role;

    StaffRole(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }

    /** The roles ticked on a form, in this order; an unknown value is left out. */
    static List<String> chosen(List<String> sent) {
        return ALL.stream().map(StaffRole::role).filter(role -> sent != null && sent.contains(role)).toList();
    }
}
