package org.helpline.referrals.referral;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.eventstore.RecordedEvent;
import org.helpline.platform.knowncases.KnownCases;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.sql.BatchedWork;
import org.helpline.referrals.fia.FiaWings;
import org.helpline.referrals.referral.domain.RecordOutcome;
import org.helpline.referrals.referral.domain.ReferCase;
import org.helpline.referrals.referral.domain.ReferralDecider;
import org.helpline.referrals.referral.domain.ReferralState;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Refers known cases and records what became of the referrals; one stream per referral. */
@ApplicationScoped
public class Referring {

    static final String STREAM_TYPE = "referral";

    private final EventStore store;
    private final KnownCases knownCases;
    private final FiaWings wings;
    private final ReferralViews views;
    private final Clock clock;

    public Referring(EventStore store, KnownCases knownCases, FiaWings wings, ReferralViews views, Clock clock) {
        this.store = store;
        this.knownCases = knownCases;
        this.wings = wings;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public ReferralState refer(UUID caseId, ReferralTarget target, String city, String wing, String actor) {
        knownCases.require(caseId);
        ReferCase command = new ReferCase(UUID.randomUUID(), caseId, target, city, wing, clock.instant());
        Optional<FiaWings.NearestWing> nearest = target != ReferralTarget.FIA ? Optional.empty()
                : (city == null ? Optional.<FiaWings.NearestWing>empty() : wings.nearestTo(city))
                        .or(() -> wing == null ? Optional.empty() : wings.chosenWithoutLocation(wing));
        return append(command.referralId(), null, 0, ReferralDecider.refer(command, nearest), actor);
    }

    @Transactional
    public ReferralState recordOutcome(UUID referralId, ReferralOutcome outcome, String actor) {
        List<RecordedEvent> history = history(referralId);
        ReferralState state = fold(history);
        return append(referralId, state, history.size(),
                ReferralDecider.recordOutcome(new RecordOutcome(referralId, outcome, clock.instant()), state), actor);
    }

    @Transactional
    public ReferralState read(UUID referralId) {
        return fold(history(referralId));
    }

    /**
     * Writes the read-model row of referrals that have none (made before the read model existed), a
     * batch at a time; at start, until none is left.
     *
     * @return how many rows were written
     */
    @Transactional
    public int recordMissingViews(int batch) {
        List<String> missing = store.streamsMissingFrom(STREAM_TYPE, "referral_view", "referral_id", batch);
        for (String referralId : missing) {
            List<RecordedEvent> history = history(UUID.fromString(referralId));
            views.record(fold(history), history.size(), clock.instant());
        }
        return missing.size();
    }

    void recordMissingViewsAtStart(@Observes StartupEvent start) {
        int total = BatchedWork.drain(() -> recordMissingViews(500));
        if (total > 0) {
            Logger.getLogger(Referring.class).infof("%d referrals made before the read model existed are now listed",
                    total);
        }
    }

    private List<RecordedEvent> history(UUID referralId) {
        List<RecordedEvent> history = store.load(referralId.toString());
        if (history.isEmpty()) {
            throw ProblemException.notFound("No referral " + referralId + ".");
        }
        return history;
    }

    private static ReferralState fold(List<RecordedEvent> history) {
        return ReferralDecider.fold(history.stream().map(RecordedEvent::event).toList());
    }

    private ReferralState append(UUID referralId, ReferralState state, int version, IntegrationEvent event,
            String actor) {
        int newVersion = store.append(STREAM_TYPE, referralId.toString(), version, List.of(NewEvent.of(event)),
                EventMetadata.newFlow(actor));
        ReferralState after = ReferralDecider.evolve(state, event);
        views.record(after, newVersion, clock.instant());
        return after;
    }
}
