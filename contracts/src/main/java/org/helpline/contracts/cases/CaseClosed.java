package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.CaseOutcome;

/** A case was closed with an outcome. */
public record CaseClosed(UUID caseId, Instant closedAt, CaseOutcome outcome) implements CaseEvent {

    @Override
    public <R> R accept(CaseEvent.Visitor<R> visitor) {
        return visitor.closed(this);
    }
}
