package org.helpline.referrals.referral;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.helpline.contracts.referrals.ReferralEvent;
import org.helpline.platform.aggregate.Aggregate;
import org.helpline.platform.aggregate.Handled;
import org.helpline.platform.aggregate.Loaded;
import org.helpline.platform.domain.Decider;
import org.helpline.platform.problem.ProblemException;
import org.helpline.referrals.referral.domain.ReferCase;
import org.helpline.referrals.referral.domain.ReferralCommand;
import org.helpline.referrals.referral.domain.ReferralDecider;
import org.helpline.referrals.referral.domain.ReferralState;

/** Referral streams, one per referral; each append also writes the referral's row in the read model. */
@ApplicationScoped
public class ReferralStreams implements Aggregate<ReferralCommand, ReferralEvent, ReferralState> {

    static final String STREAM_TYPE = "referral";
    private static final ReferralDecider RULES = new ReferralDecider();

    private final ReferralViews views;
    private final Clock clock;

    public ReferralStreams(ReferralViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @Override
    public String streamType() {
        return STREAM_TYPE;
    }

    @Override
    public Decider<ReferralCommand, ReferralEvent, ReferralState> decider() {
        return RULES;
    }

    @Override
    public Class<ReferralEvent> eventType() {
        return ReferralEvent.class;
    }

    @Override
    public boolean decidesOnEmptyStream(ReferralCommand command) {
        return command instanceof ReferCase;
    }

    @Override
    public ProblemException unknown(String referralId) {
        return ProblemException.notFound("No referral " + referralId + ".");
    }

    @Override
    public void recorded(Handled<ReferralCommand, ReferralEvent, ReferralState> handled) {
        if (handled.changed()) {
            record(handled.after());
        }
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
