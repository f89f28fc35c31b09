package org.helpline.contracts.escalations;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;

/** The digital-security team escalated content or an account of a case to a platform. */
public record EscalationSent(UUID caseId, UUID escalationId, Platform platform, EscalationReason reason, Instant sentAt)
        implements EscalationEvent {

    @Override
    public <R> R accept(EscalationEvent.Visitor<R> visitor) {
        return visitor.sent(this);
    }
}
