package org.helpline.escalations.escalation.domain;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;

/** An escalation as its events left it; {@code outcome} is null while the platform has not answered. */
public record EscalationState(UUID escalationId, UUID caseId, Platform platform, EscalationReason reason,
        Instant sentAt, EscalationOutcome outcome, Instant resolvedAt) {

    public boolean isResolved() {
        return outcome != null;
    }
}
