package org.helpline.referrals.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.platform.sql.NativeRow;
import org.helpline.platform.sql.SqlFilter;
import org.helpline.referrals.referral.domain.ReferralState;

import io.quarkus.hibernate.orm.panache.Panache;

/** The referrals read model, one row per referral, written with its events: the legal team's listing. */
@ApplicationScoped
public class ReferralViews {

    public record View(UUID referralId, UUID caseId, ReferralTarget target, String city, String wing,
            Integer distanceKm, Boolean sameCity, Instant referredAt, ReferralOutcome outcome, Instant outcomeAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ReferralState state, int version, Instant now) {
        Panache.getEntityManager().createNativeQuery("""
                insert into referral_view (referral_id, case_id, target, city, wing, distance_km, same_city, referred_at,
                                           outcome, outcome_at, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                on conflict (referral_id) do update set outcome = excluded.outcome, outcome_at = excluded.outcome_at,
                    version = excluded.version""")
                .setParameter(1, state.referralId())
                .setParameter(2, state.caseId())
                .setParameter(3, state.target().name())
                .setParameter(4, state.city())
                .setParameter(5, state.wing())
                .setParameter(6, state.distanceKm())
                .setParameter(7, state.sameCity())
                .setParameter(8, state.referredAt())
                .setParameter(9, state.outcome() == null ? null : state.outcome().name())
                .setParameter(10, state.outcome() == null ? null : now)
                .setParameter(11, version)
                .executeUpdate();
    }

    /**
     * {@code caseIds}: those of these cases (all when empty); {@code withoutOutcome}: only those nobody has recorded
     * an outcome of yet, the oldest first (what waits).
     */
    @Transactional
    public List<View> list(List<UUID> caseIds, ReferralTarget target, boolean withoutOutcome, int page, int size) {
        SqlFilter filter = new SqlFilter().in("case_id", caseIds).equal("target", target)
                .when(withoutOutcome, "outcome is null");
        Query query = filter.bind(Panache.getEntityManager().createNativeQuery("""
                select referral_id, case_id, target, city, wing, distance_km, same_city, referred_at, outcome, outcome_at
                  from referral_view""" + filter.where()
                + (withoutOutcome ? " order by referred_at, referral_id" : " order by referred_at desc, referral_id")));
        // distance_km is null for a complainant whose city is not known: kept null, not read as 0
        return NativeRow.all(query.setFirstResult(page * size).setMaxResults(size)).stream()
                .map(r -> new View(r.uuid(0), r.uuid(1), r.value(2, ReferralTarget.class), r.text(3), r.text(4),
                        r.integerOrNull(5), r.flag(6), r.instant(7),
                        r.value(8, ReferralOutcome.class), r.instant(9)))
                .toList();
    }
}
