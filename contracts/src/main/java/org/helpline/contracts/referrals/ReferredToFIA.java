package org.helpline.contracts.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was referred to an FIA cybercrime wing. {@code distanceKm} is the great-circle distance from
 * the complainant's city to the wing: the report's point that many must travel far to complain.
 * When the complainant did not say where she lives (the report's FIA referrals from neither a wing city
 * nor another city), the wing is the one chosen with her and {@code complainantCity}, {@code distanceKm}
 * and {@code sameCity} are null.
 */
public record ReferredToFIA(UUID caseId, UUID referralId, String wing, String complainantCity, Integer distanceKm,
        Boolean sameCity, Instant referredAt) implements ReferralEvent {

    @Override
    public <R> R accept(ReferralEvent.Visitor<R> visitor) {
        return visitor.referredToFia(this);
    }
}
