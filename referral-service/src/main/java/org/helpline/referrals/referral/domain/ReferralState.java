package org.helpline.referrals.referral.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

/** A referral as its events left it: where it went, and the outcomes recorded since, in order, each with its time. */
public record ReferralState(UUID referralId, UUID caseId, ReferralTarget target, String city, String wing,
        Integer distanceKm, Boolean sameCity, Instant referredAt, List<Step> steps) {

    /** An outcome and when it was recorded. */
    public record Step(ReferralOutcome outcome, Instant recordedAt) {
    }

    public ReferralState {
        steps = List.copyOf(steps);
    }

    /** The outcomes recorded so far, in order. */
    public List<ReferralOutcome> outcomes() {
        return steps.stream().map(Step::outcome).toList();
    }

    /** The latest outcome, or null while none was recorded. */
    public ReferralOutcome outcome() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1).outcome();
    }

    ReferralState with(ReferralOutcome next, Instant recordedAt) {
        List<Step> more = new ArrayList<>(steps);
        more.add(new Step(next, recordedAt));
        return new ReferralState(referralId, caseId, target, city, wing, distanceKm, sameCity, referredAt, more);
    }
}
