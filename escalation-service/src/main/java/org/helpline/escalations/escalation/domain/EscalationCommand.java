package org.helpline.escalations.escalation.domain;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;

/** What the digital-security team can do with an escalation. */
public sealed interface EscalationCommand {

    UUID escalationId();

    record SendEscalation(UUID escalationId, UUID caseId, Platform platform, EscalationReason reason, Instant at)
            implements EscalationCommand {
    }

    record ResolveEscalation(UUID escalationId, EscalationOutcome outcome, Instant at) implements EscalationCommand {
    }
}
