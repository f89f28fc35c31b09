package org.helpline.escalations.escalation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.escalation.domain.EscalationCommand;
import org.helpline.escalations.escalation.domain.EscalationDecider;
import org.helpline.escalations.escalation.domain.EscalationState;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.eventstore.RecordedEvent;
import org.helpline.platform.knowncases.KnownCases;
import org.helpline.platform.problem.ProblemException;

/** Sends escalations and records the platforms' answers; one stream per escalation. */
@ApplicationScoped
public class Escalating {

    static final String STREAM_TYPE = "escalation";

    private final EventStore store;
    private final KnownCases knownCases;
    private final Clock clock;

    public Escalating(EventStore store, KnownCases knownCases, Clock clock) {
        this.store = store;
        this.knownCases = knownCases;
        this.clock = clock;
    }

    @Transactional
    public EscalationState send(UUID caseId, Platform platform, EscalationReason reason, String actor) {
        knownCases.require(caseId);
        UUID escalationId = UUID.randomUUID();
        return run(new EscalationCommand.SendEscalation(escalationId, caseId, platform, reason, clock.instant()), null,
                0, actor);
    }

    @Transactional
    public EscalationState resolve(UUID escalationId, EscalationOutcome outcome, String actor) {
        Existing existing = existing(escalationId);
        return run(new EscalationCommand.ResolveEscalation(escalationId, outcome, clock.instant()), existing.state(),
                existing.version(), actor);
    }

    @Transactional
    public EscalationState read(UUID escalationId) {
        return existing(escalationId).state();
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
        store.append(STREAM_TYPE, command.escalationId().toString(), version,
                events.stream().map(NewEvent::of).toList(), EventMetadata.newFlow(actor));
        for (IntegrationEvent event : events) {
            state = EscalationDecider.evolve(state, event);
        }
        return state;
    }
}
