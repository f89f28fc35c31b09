package org.helpline.contracts.referrals;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralTarget;

/** A case was referred to the police, a lawyer, a counsellor or another organisation. */
public record ReferralMade(UUID caseId, UUID referralId, ReferralTarget target, String city, Instant referredAt)
        implements ReferralEvent {

    @Override
    public <R> R accept(ReferralEvent.Visitor<R> visitor) {
        return visitor.made(this);
    }
}
