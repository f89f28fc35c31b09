package org.helpline.referrals.referral.domain;

import java.util.UUID;

/** What the legal team can do with a referral. */
public sealed interface ReferralCommand permits ReferCase, RecordOutcome {

    UUID referralId();
}
