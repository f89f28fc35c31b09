package org.helpline.contracts.referrals;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

/** The legal team learned what became of a referral (the complaint registered, an FIR lodged, ...). */
public record ReferralOutcomeRecorded(UUID caseId, UUID referralId, ReferralTarget target, ReferralOutcome outcome,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId.toString();
    }
}
