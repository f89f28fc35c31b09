package org.helpline.referrals.referral.domain;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralTarget;

/**
 * The command to refer a case; {@code city} is where the complainant would have to go from. {@code wing}
 * is only for an FIA referral of a complainant who did not say where she lives: the wing chosen with her.
 */
public record ReferCase(UUID referralId, UUID caseId, ReferralTarget target, String city, String wing, Instant at) {
}
