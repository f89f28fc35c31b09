package org.helpline.referrals.referral.domain;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralOutcome;

/** The command to record what became of a referral. */
public record RecordOutcome(UUID referralId, ReferralOutcome outcome, Instant at) implements ReferralCommand {
}
