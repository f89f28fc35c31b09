package org.helpline.contracts.referrals;

import org.helpline.contracts.CaseKeyed;

/** An event of one referral's stream: made (to the FIA or elsewhere), then its outcomes. */
public sealed interface ReferralEvent extends CaseKeyed
        permits ReferralMade, ReferredToFIA, ReferralOutcomeRecorded {

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of referral event. */
    interface Visitor<R> {

        R made(ReferralMade event);

        R referredToFia(ReferredToFIA event);

        R outcomeRecorded(ReferralOutcomeRecorded event);
    }
}
