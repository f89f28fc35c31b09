package org.helpline.escalations.escalation;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.helpline.contracts.escalations.EscalationEvent;
import org.helpline.escalations.EscalationSettings;
import org.helpline.escalations.escalation.domain.AgeingPolicy;
import org.helpline.escalations.escalation.domain.EscalationCommand;
import org.helpline.escalations.escalation.domain.EscalationDecider;
import org.helpline.escalations.escalation.domain.EscalationState;
import org.helpline.escalations.escalation.listing.EscalationViews;
import org.helpline.platform.aggregate.Aggregate;
import org.helpline.platform.aggregate.Handled;
import org.helpline.platform.aggregate.Loaded;
import org.helpline.platform.domain.Decider;
import org.helpline.platform.problem.ProblemException;

/**
 * Escalation streams, one per escalation; each append also writes the escalation's row in the read model
 * (with the time its ageing period ends), in the same transaction.
 */
@ApplicationScoped
public class EscalationStreams implements Aggregate<EscalationCommand, EscalationEvent, EscalationState> {

    static final String STREAM_TYPE = "escalation";
    private static final EscalationDecider RULES = new EscalationDecider();

    private final EscalationViews views;
    private final AgeingPolicy ageing;

    public EscalationStreams(EscalationViews views, EscalationSettings settings) {
        EscalationSettings.Ageing ageing = settings.escalations().ageing();
        this.views = views;
        this.ageing = AgeingPolicy.parse(ageing.standard(), ageing.perPlatform().orElse(""));
    }

    @Override
    public String streamType() {
        return STREAM_TYPE;
    }

    @Override
    public Decider<EscalationCommand, EscalationEvent, EscalationState> decider() {
        return RULES;
    }

    @Override
    public Class<EscalationEvent> eventType() {
        return EscalationEvent.class;
    }

    @Override
    public boolean decidesOnEmptyStream(EscalationCommand command) {
        return command instanceof EscalationCommand.SendEscalation;
    }

    @Override
    public ProblemException unknown(String escalationId) {
        return ProblemException.notFound("No escalation " + escalationId + ".");
    }

    @Override
    public void recorded(Handled<EscalationCommand, EscalationEvent, EscalationState> handled) {
        if (handled.changed()) {
            record(handled.after());
        }
    }

    /** Escalations sent before the read model existed get their row at start, so they are listed and age out. */
    @Override
    public Optional<ReadModel<EscalationState>> readModel() {
        return Optional.of(new ReadModel<>("escalation_view", "escalation_id", this::record));
    }

    private void record(Loaded<EscalationState> loaded) {
        EscalationState state = loaded.state();
        Instant dueAt = state.sentAt().plus(ageing.periodFor(state.platform()));
        views.record(state, dueAt, loaded.version());
    }
}
