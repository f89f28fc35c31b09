package org.helpline.referrals.referral;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.knowncases.KnownCases;
import org.helpline.referrals.fia.FiaWings;
import org.helpline.referrals.referral.domain.ReferCase;
import org.helpline.referrals.referral.domain.ReferralDecider;

/** Refers known cases; one stream per referral. */
@ApplicationScoped
public class Referring {

    static final String STREAM_TYPE = "referral";

    private final EventStore store;
    private final KnownCases knownCases;
    private final FiaWings wings;
    private final Clock clock;

    public Referring(EventStore store, KnownCases knownCases, FiaWings wings, Clock clock) {
        this.store = store;
        this.knownCases = knownCases;
        this.wings = wings;
        this.clock = clock;
    }

    @Transactional
    public IntegrationEvent refer(UUID caseId, ReferralTarget target, String city, String actor) {
        knownCases.require(caseId);
        ReferCase command = new ReferCase(UUID.randomUUID(), caseId, target, city, clock.instant());
        Optional<FiaWings.NearestWing> nearest = target == ReferralTarget.FIA ? wings.nearestTo(city) : Optional.empty();
        IntegrationEvent event = ReferralDecider.refer(command, nearest);
        store.append(STREAM_TYPE, command.referralId().toString(), 0, List.of(NewEvent.of(event)),
                EventMetadata.newFlow(actor));
        return event;
    }
}
