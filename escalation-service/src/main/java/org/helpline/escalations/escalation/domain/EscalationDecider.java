package org.helpline.escalations.escalation.domain;

import java.util.List;

import org.helpline.contracts.escalations.EscalationEvent;
import org.helpline.contracts.escalations.EscalationResolved;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.platform.domain.Decider;
import org.helpline.platform.domain.RuleViolation;

/** Rules of one escalation: sent once and only through an active channel, resolved once (by staff or by the clock). */
public final class EscalationDecider implements Decider<EscalationCommand, EscalationEvent, EscalationState> {

    @Override
    public List<EscalationEvent> decide(EscalationCommand command, EscalationState state) {
        if (command instanceof EscalationCommand.SendEscalation send) {
            if (state != null) {
                // the same escalation sent again under its id (a form posted twice): it was sent, nothing more to do
                if (state.caseId().equals(send.caseId()) && state.platform() == send.platform()
                        && state.reason() == send.reason()) {
                    return List.of();
                }
                throw new RuleViolation("Escalation " + send.escalationId() + " was already sent, for another case, "
                        + "platform or reason.");
            }
            if (send.channel() == ChannelStatus.SUSPENDED) {
                throw new RuleViolation(send.platform() + "'s trusted-partner channel is SUSPENDED: nothing sent "
                        + "through it would be answered. Reactivate it (PUT /api/platform-channels/"
                        + send.platform() + ") once the platform answers again.");
            }
            return List.of(new EscalationSent(send.caseId(), send.escalationId(), send.platform(), send.reason(),
                    send.at()));
        }
        if (command instanceof EscalationCommand.ExpireUnanswered expire) {
            // the platform answered (or the clock already ran out) in the meantime: nothing to do
            if (state == null || state.isResolved()) {
                return List.of();
            }
            return List.of(new EscalationResolved(state.caseId(), state.escalationId(), state.platform(),
                    EscalationOutcome.NO_RESPONSE, expire.at()));
        }
        EscalationCommand.ResolveEscalation resolve = (EscalationCommand.ResolveEscalation) command;
        if (state == null) {
            throw new RuleViolation("Escalation " + resolve.escalationId() + " was never sent.");
        }
        if (state.isResolved()) {
            throw new RuleViolation("Escalation " + state.escalationId() + " was already resolved as "
                    + state.outcome() + ".");
        }
        return List.of(new EscalationResolved(state.caseId(), state.escalationId(), state.platform(),
                resolve.outcome(), resolve.at()));
    }

    @Override
    public EscalationState evolve(EscalationState state, EscalationEvent event) {
        return event.accept(new EscalationEvent.Visitor<>() {
            @Override
            public EscalationState sent(EscalationSent sent) {
                return new EscalationState(sent.escalationId(), sent.caseId(), sent.platform(), sent.reason(),
                        sent.sentAt(), null, null);
            }

            @Override
            public EscalationState resolved(EscalationResolved resolved) {
                return new EscalationState(state.escalationId(), state.caseId(), state.platform(), state.reason(),
                        state.sentAt(), resolved.outcome(), resolved.resolvedAt());
            }
        });
    }
}
