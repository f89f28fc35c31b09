package org.helpline.contracts.staff;

import java.time.Instant;

/** A staff account can no longer sign in (someone left, or a device was lost); nothing is deleted. */
public record StaffAccountDisabled(String username, Instant disabledAt) implements StaffAccountEvent {
}
