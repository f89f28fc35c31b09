package org.helpline.escalations.escalation;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.channel.PlatformChannels;
import org.helpline.escalations.escalation.domain.EscalationCommand;
import org.helpline.escalations.escalation.domain.EscalationState;
import org.helpline.escalations.escalation.listing.EscalationViews;
import org.helpline.platform.aggregate.CommandLoop;
import org.helpline.platform.knowncases.KnownCases;

/**
 * Sends escalations and records the platforms' answers, or their silence once the ageing period is
 * over; one stream per escalation, and its row in the read model written in the same transaction.
 */
@ApplicationScoped
public class Escalating {

    static final String AGEING_ACTOR = "ageing-clock";

    @Inject
    CommandLoop loop;
    @Inject
    EscalationStreams streams;
    @Inject
    KnownCases knownCases;
    @Inject
    PlatformChannels channels;
    @Inject
    EscalationViews views;
    @Inject
    Clock clock;

    /**
     * {@code escalationId}: the client's own id for it (a form's), so that sending it again sends once; or null
     * (then one of ours). Twice at the same moment: {@link CommandLoop#openUnderClientsId}.
     */
    public EscalationState send(UUID escalationId, UUID caseId, Platform platform, EscalationReason reason,
            String actor) {
        UUID id = escalationId == null ? UUID.randomUUID() : escalationId;
        return loop.openUnderClientsId(escalationId != null, () -> sendOnce(id, caseId, platform, reason, actor));
    }

    private EscalationState sendOnce(UUID escalationId, UUID caseId, Platform platform, EscalationReason reason,
            String actor) {
        knownCases.require(caseId);
        return run(new EscalationCommand.SendEscalation(escalationId, caseId, platform, reason,
                channels.of(platform).status(), clock.instant()), actor);
    }

    @Transactional
    public EscalationState resolve(UUID escalationId, EscalationOutcome outcome, String actor) {
        views.lock(escalationId);
        return run(new EscalationCommand.ResolveEscalation(escalationId, outcome, clock.instant()), actor);
    }

    /**
     * The ageing clock ran out: NO_RESPONSE, unless an answer was recorded meanwhile or another sweep has
     * the escalation in hand. One transaction per escalation, so one conflict holds up no other.
     *
     * @return false if the escalation was answered or is in another sweep's hands
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean expire(UUID escalationId) {
        if (!views.lockIfPending(escalationId)) {
            return false;
        }
        run(new EscalationCommand.ExpireUnanswered(escalationId, clock.instant()), AGEING_ACTOR);
        return true;
    }

    @Transactional
    public EscalationState read(UUID escalationId) {
        return loop.read(streams, escalationId.toString()).state();
    }

    private EscalationState run(EscalationCommand command, String actor) {
        return loop.handle(streams, command.escalationId().toString(), command, actor);
    }
}
