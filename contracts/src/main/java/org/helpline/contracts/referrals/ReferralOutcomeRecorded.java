package org.helpline.contracts.referrals;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

/** The legal team learned what became of a referral (the complaint registered, an FIR lodged, ...). */
public record ReferralOutcomeRecorded(UUID caseId, UUID referralId, ReferralTarget target, ReferralOutcome outcome,
        Instant recordedAt) implements ReferralEvent {

    @Override
    public <R> R accept(ReferralEvent.Visitor<R> visitor) {
        return visitor.outcomeRecorded(this);
    }
}
