package org.helpline.escalations.escalation;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpline.contracts.escalations.EscalationEvent;
import org.helpline.escalations.EscalationSettings;
import org.helpline.escalations.escalation.domain.AgeingPolicy;
import org.helpline.escalations.escalation.domain.EscalationCommand;
import org.helpline.escalations.escalation.domain.EscalationDecider;
import org.helpline.escalations.escalation.domain.EscalationState;
import org.helpline.escalations.escalation.listing.EscalationViews;
import org.helpline.platform.aggregate.Aggregate;
import org.helpline.platform.aggregate.Loaded;

/**
 * Escalation streams, one per escalation; each append also writes the escalation's row in the read model
 * (with the time its ageing period ends), in the same transaction.
 */
@ApplicationScoped
public class EscalationStreams implements Aggregate<EscalationCommand, EscalationEvent, EscalationState> {

    static final String STREAM_TYPE = "escalation";
    private static final Kind<EscalationCommand, EscalationEvent, EscalationState> KIND = new Kind<>(STREAM_TYPE,
            EscalationEvent.class, new EscalationDecider(), EscalationCommand.SendEscalation.class::isInstance,
            "No escalation %s.");

    @Inject
    EscalationViews views;
    @Inject
    EscalationSettings settings;

    private AgeingPolicy ageing;

    /** Parsed once, not for each escalation. */
    @PostConstruct
    void init() {
        EscalationSettings.Ageing configured = settings.escalations().ageing();
        ageing = AgeingPolicy.parse(configured.standard(), configured.perPlatform().orElse(""));
    }

    @Override
    public Kind<EscalationCommand, EscalationEvent, EscalationState> kind() {
        return KIND;
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
