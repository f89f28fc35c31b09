package org.helpline.referrals.referral.domain;

import java.util.Optional;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.platform.domain.RuleViolation;
import org.helpline.referrals.fia.FiaWings;

/** A referral to the FIA goes to the nearest cybercrime wing; any other referral is recorded as made. */
public final class ReferralDecider {

    private ReferralDecider() {
    }

    /** @param nearestWing the wing nearest to the command's city, empty when the city is unknown */
    public static IntegrationEvent refer(ReferCase command, Optional<FiaWings.NearestWing> nearestWing) {
        if (command.target() != ReferralTarget.FIA) {
            return new ReferralMade(command.caseId(), command.referralId(), command.target(), command.city(),
                    command.at());
        }
        FiaWings.NearestWing wing = nearestWing.orElseThrow(() -> new RuleViolation(
                "An FIA referral needs the complainant's city from the gazetteer, to find the nearest wing."));
        return new ReferredToFIA(command.caseId(), command.referralId(), wing.wing(), wing.complainantCity(),
                wing.distanceKm(), wing.sameCity(), command.at());
    }
}
