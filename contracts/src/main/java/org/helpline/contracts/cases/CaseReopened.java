package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;

/** A closed case was opened again (the complainant came back about the same matter). */
public record CaseReopened(UUID caseId, Instant reopenedAt) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId.toString();
    }
}
