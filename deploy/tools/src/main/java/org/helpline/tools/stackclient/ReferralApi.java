package org.helpline.tools.stackclient;

import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

/** referral-service's {@code /api/referrals}, as far as the tools use it. */
public final class ReferralApi {

    private ReferralApi() {
    }

    public static String referrals(String referrals) {
        return referrals + "/api/referrals";
    }

    public static String outcome(String referrals, UUID referralId) {
        return referrals + "/api/referrals/" + referralId + "/outcome";
    }

    /** {@code wing} only for an FIA referral whose complainant's city is not known (else the nearest is taken). */
    public record NewReferral(UUID caseId, ReferralTarget target, String city, String wing) {
    }

    public record Referral(UUID referralId) {
    }

    public record Outcome(ReferralOutcome outcome) {
    }
}
