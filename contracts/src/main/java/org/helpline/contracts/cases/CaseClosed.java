package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.CaseOutcome;

/** A case was closed with an outcome. */
public record CaseClosed(UUID caseId, Instant closedAt, CaseOutcome outcome) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId.toString();
    }
}
