package org.helpline.referrals.referral;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpline.contracts.referrals.ReferralEvent;
import org.helpline.platform.aggregate.Aggregate;
import org.helpline.platform.aggregate.Loaded;
import org.helpline.referrals.referral.domain.ReferCase;
import org.helpline.referrals.referral.domain.ReferralCommand;
import org.helpline.referrals.referral.domain.ReferralDecider;
import org.helpline.referrals.referral.domain.ReferralState;

/** Referral streams, one per referral; each append also writes the referral's row in the read model. */
@ApplicationScoped
public class ReferralStreams implements Aggregate<ReferralCommand, ReferralEvent, ReferralState> {

    static final String STREAM_TYPE = "referral";
    private static final Kind<ReferralCommand, ReferralEvent, ReferralState> KIND = new Kind<>(STREAM_TYPE,
            ReferralEvent.class, new ReferralDecider(), ReferCase.class::isInstance, "No referral %s.");

    @Inject
    ReferralViews views;
    @Inject
    Clock clock;

    @Override
    public Kind<ReferralCommand, ReferralEvent, ReferralState> kind() {
        return KIND;
    }

    /** Referrals made before the read model existed get their row at start. */
    @Override
    public Optional<ReadModel<ReferralState>> readModel() {
        return Optional.of(new ReadModel<>("referral_view", "referral_id", this::record));
    }

    private void record(Loaded<ReferralState> loaded) {
        views.record(loaded.state(), loaded.version(), clock.instant());
    }
}
