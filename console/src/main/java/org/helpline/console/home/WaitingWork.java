package org.helpline.console.home;

import java.util.List;

import org.helpline.console.escalation.EscalationService;
import org.helpline.console.referral.ReferralService;

/**
 * What waits for the signed-in person, by role: referrals without an outcome (those who work cases: of her own
 * cases, or the whole helpline's for a supervisor, {@code helplineWide}), escalations past their due date (the
 * digital-security team); {@code unavailable}: a service that keeps them did not answer.
 */
public record WaitingWork(List<ReferralService.Waiting> referrals, boolean helplineWide,
        List<EscalationService.Escalation> escalations, boolean unavailable) {

    public boolean isEmpty() {
        return referrals.isEmpty() && escalations.isEmpty();
    }
}
