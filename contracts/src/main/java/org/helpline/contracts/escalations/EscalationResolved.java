package org.helpline.contracts.escalations;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.Platform;

/** A platform answered an escalation (or did not, in time: NO_RESPONSE). */
public record EscalationResolved(UUID caseId, UUID escalationId, Platform platform, EscalationOutcome outcome,
        Instant resolvedAt) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId.toString();
    }
}
