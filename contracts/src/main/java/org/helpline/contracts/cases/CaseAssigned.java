package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was given to an associate. {@code assignee} is the staff member's username (staff identity,
 * not a survivor's); assigning again to someone else moves the case.
 */
public record CaseAssigned(UUID caseId, String assignee, Instant assignedAt) implements CaseEvent {

    @Override
    public <R> R accept(CaseEvent.Visitor<R> visitor) {
        return visitor.assigned(this);
    }
}
