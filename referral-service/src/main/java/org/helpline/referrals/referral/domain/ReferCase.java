package org.helpline.referrals.referral.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.referrals.fia.FiaWings;

/**
 * The command to refer a case; {@code city} is where the complainant would have to go from. {@code wing}
 * is only for an FIA referral of a complainant who did not say where she lives: the wing chosen with her.
 */
public record ReferCase(UUID referralId, UUID caseId, ReferralTarget target, String city, String wing, Instant at,
        Optional<FiaWings.NearestWing> nearestWing) implements ReferralCommand {

    /** Without a wing looked up: any referral but the FIA's (the rules' own specification uses it too). */
    public ReferCase(UUID referralId, UUID caseId, ReferralTarget target, String city, String wing, Instant at) {
        this(referralId, caseId, target, city, wing, at, Optional.empty());
    }
}
