package org.helpline.escalations.escalation.domain;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;

/** What the digital-security team (and the ageing clock) can do with an escalation. */
public sealed interface EscalationCommand {

    UUID escalationId();

    /** @param channel the platform's trusted-partner channel as it stands when sending */
    record SendEscalation(UUID escalationId, UUID caseId, Platform platform, EscalationReason reason,
            ChannelStatus channel, Instant at) implements EscalationCommand {
    }

    record ResolveEscalation(UUID escalationId, EscalationOutcome outcome, Instant at) implements EscalationCommand {
    }

    /** The platform let the ageing period pass without answering. */
    record ExpireUnanswered(UUID escalationId, Instant at) implements EscalationCommand {
    }
}
