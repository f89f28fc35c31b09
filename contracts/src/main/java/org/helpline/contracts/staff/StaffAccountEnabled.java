package org.helpline.contracts.staff;

import java.time.Instant;

/** A disabled staff account may sign in again. */
public record StaffAccountEnabled(String username, Instant enabledAt) implements StaffAccountEvent {
}
