package org.helpline.referrals.referral.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

/** A referral as its events left it: where it went, and the outcomes recorded since, in order. */
public record ReferralState(UUID referralId, UUID caseId, ReferralTarget target, String city, String wing,
        Integer distanceKm, Boolean sameCity, Instant referredAt, List<ReferralOutcome> outcomes) {

    public ReferralState {
        outcomes = List.copyOf(outcomes);
    }

    /** The latest outcome, or null while none was recorded. */
    public ReferralOutcome outcome() {
        return outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
    }

    ReferralState with(ReferralOutcome next) {
        List<ReferralOutcome> more = new ArrayList<>(outcomes);
        more.add(next);
        return new ReferralState(referralId, caseId, target, city, wing, distanceKm, sameCity, referredAt, more);
    }
}
