package org.helpline.referrals.referral.domain;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralTarget;

/** The command to refer a case; {@code city} is where the complainant would have to go from. */
public record ReferCase(UUID referralId, UUID caseId, ReferralTarget target, String city, Instant at) {
}
