package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.UUID;

/** A closed case was opened again (the complainant came back about the same matter). */
public record CaseReopened(UUID caseId, Instant reopenedAt) implements CaseEvent {

    @Override
    public <R> R accept(CaseEvent.Visitor<R> visitor) {
        return visitor.reopened(this);
    }
}
