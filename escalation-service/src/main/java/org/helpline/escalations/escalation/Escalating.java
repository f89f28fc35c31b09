package org.helpline.escalations.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.channel.PlatformChannels;
import org.helpline.escalations.escalation.domain.AgeingPolicy;
import org.helpline.escalations.escalation.domain.EscalationCommand;
import org.helpline.escalations.escalation.domain.EscalationDecider;
import org.helpline.escalations.escalation.domain.EscalationState;
import org.helpline.escalations.escalation.listing.EscalationViews;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.eventstore.RecordedEvent;
import org.helpline.platform.knowncases.KnownCases;
import org.helpline.platform.problem.ProblemException;

/**
 * Sends escalations and records the platforms' answers, or their silence once the ageing period is
 * over; one stream per escalation, and its row in the read model written in the same transaction.
 */
@ApplicationScoped
public class Escalating {

    static final String STREAM_TYPE = "escalation";
    static final String AGEING_ACTOR = "ageing-clock";

    private final EventStore store;
    private final KnownCases knownCases;
    private final PlatformChannels channels;
    private final EscalationViews views;
    private final AgeingPolicy ageing;
    private final Clock clock;

    public Escalating(EventStore store, KnownCases knownCases, PlatformChannels channels, EscalationViews views,
            Clock clock, @ConfigProperty(name = "helpline.escalations.ageing.default") String standardAgeing,
            @ConfigProperty(name = "helpline.escalations.ageing.per-platform") Optional<String> perPlatform) {
        this.store = store;
        this.knownCases = knownCases;
        this.channels = channels;
        this.views = views;
        this.ageing = AgeingPolicy.parse(standardAgeing, perPlatform.orElse(""));
        this.clock = clock;
    }

    @Transactional
    public EscalationState send(UUID caseId, Platform platform, EscalationReason reason, String actor) {
        knownCases.require(caseId);
        UUID escalationId = UUID.randomUUID();
        return run(new EscalationCommand.SendEscalation(escalationId, caseId, platform, reason,
                channels.of(platform).status(), clock.instant()), null, 0, actor);
    }

    @Transactional
    public EscalationState resolve(UUID escalationId, EscalationOutcome outcome, String actor) {
        views.lock(escalationId);
        Existing existing = existing(escalationId);
        return run(new EscalationCommand.ResolveEscalation(escalationId, outcome, clock.instant()), existing.state(),
                existing.version(), actor);
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
        Existing existing = existing(escalationId);
        run(new EscalationCommand.ExpireUnanswered(escalationId, clock.instant()), existing.state(),
                existing.version(), AGEING_ACTOR);
        return true;
    }

    @Transactional
    public EscalationState read(UUID escalationId) {
        return existing(escalationId).state();
    }

    /**
     * Writes the read-model row of escalations that have none: those sent before the read model existed
     * (an upgraded database), which would otherwise never be listed nor age out. A batch at a time.
     *
     * @return how many rows were written
     */
    @Transactional
    public int recordMissingViews(int batch) {
        List<String> missing = store.streamsMissingFrom(STREAM_TYPE, "escalation_view", "escalation_id", batch);
        for (String escalationId : missing) {
            Existing existing = existing(UUID.fromString(escalationId));
            views.record(existing.state(), existing.state().sentAt().plus(ageing.periodFor(existing.state().platform())),
                    existing.version());
        }
        return missing.size();
    }

    void recordMissingViewsAtStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        int total = org.helpline.platform.sql.BatchedWork.drain(() -> recordMissingViews(500));
        if (total > 0) {
            org.jboss.logging.Logger.getLogger(Escalating.class)
                    .infof("%d escalations sent before the read model existed are now listed (and age out)", total);
        }
    }

    private record Existing(EscalationState state, int version) {
    }

    private Existing existing(UUID escalationId) {
        List<RecordedEvent> history = store.load(escalationId.toString());
        EscalationState state = EscalationDecider.fold(history.stream().map(RecordedEvent::event).toList());
        if (state == null) {
            throw ProblemException.notFound("No escalation " + escalationId + ".");
        }
        return new Existing(state, history.size());
    }

    private EscalationState run(EscalationCommand command, EscalationState state, int version, String actor) {
        List<IntegrationEvent> events = EscalationDecider.decide(command, state);
        if (events.isEmpty()) {
            return state;
        }
        int newVersion = store.append(STREAM_TYPE, command.escalationId().toString(), version,
                events.stream().map(NewEvent::of).toList(), EventMetadata.newFlow(actor));
        for (IntegrationEvent event : events) {
            state = EscalationDecider.evolve(state, event);
        }
        Instant dueAt = state.sentAt().plus(ageing.periodFor(state.platform()));
        views.record(state, dueAt, newVersion);
        return state;
    }
}
