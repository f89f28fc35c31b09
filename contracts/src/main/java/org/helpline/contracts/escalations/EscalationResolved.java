package org.helpline.contracts.escalations;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.Platform;

/** A platform answered an escalation (or did not, in time: NO_RESPONSE). */
public record EscalationResolved(UUID caseId, UUID escalationId, Platform platform, EscalationOutcome outcome,
        Instant resolvedAt) implements EscalationEvent {

    @Override
    public <R> R accept(EscalationEvent.Visitor<R> visitor) {
        return visitor.resolved(this);
    }
}
