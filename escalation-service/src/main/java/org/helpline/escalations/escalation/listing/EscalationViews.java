package org.helpline.escalations.escalation.listing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.EscalationSettings;
import org.helpline.escalations.escalation.domain.EscalationState;
import org.helpline.platform.sql.NativeValues;
import org.helpline.platform.sql.SqlFilter;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The escalations read model (one row per escalation, written with its events): listings for the
 * digital-security team, per-platform figures, and what the ageing clock must look at.
 */
@ApplicationScoped
public class EscalationViews {

    private final ZoneId zone;

    public EscalationViews(EscalationSettings settings) {
        this.zone = settings.zone();
    }

    /** PENDING: no answer yet; ANSWERED: any outcome recorded (including NO_RESPONSE). */
    public enum State {
        PENDING,
        ANSWERED
    }

    public record View(UUID escalationId, UUID caseId, Platform platform, EscalationReason reason, Instant sentAt,
            Instant dueAt, EscalationOutcome outcome, Instant resolvedAt) {
    }

    /**
     * Figures of one platform, counted as analytics counts them: unresolved = UNRESOLVED + NO_RESPONSE,
     * pending = no answer yet + FORM_REQUESTED; the median time to answer leaves NO_RESPONSE out (the
     * platform never answered).
     */
    public record Figures(long sent, long resolved, long unresolved, long pending, double resolutionRate,
            Double medianHoursToAnswer) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EscalationState state, Instant dueAt, int version) {
        Panache.getEntityManager().createNativeQuery("""
                insert into escalation_view (escalation_id, case_id, platform, reason, sent_at, due_at, outcome,
                                             resolved_at, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (escalation_id) do update set outcome = excluded.outcome,
                    resolved_at = excluded.resolved_at, version = excluded.version""")
                .setParameter(1, state.escalationId())
                .setParameter(2, state.caseId())
                .setParameter(3, state.platform().name())
                .setParameter(4, state.reason().name())
                .setParameter(5, state.sentAt())
                .setParameter(6, dueAt)
                .setParameter(7, state.outcome() == null ? null : state.outcome().name())
                .setParameter(8, state.resolvedAt())
                .setParameter(9, version)
                .executeUpdate();
    }

    /** Escalations past their ageing period without an answer, oldest due first. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> overdue(Instant now, int limit) {
        return Panache.getEntityManager().createNativeQuery("""
                select escalation_id from escalation_view where outcome is null and due_at <= ?1
                 order by due_at limit ?2""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /**
     * Locks the escalation's row while it still waits for an answer; false if it has one, or if another
     * sweep (another instance) holds it. Everything that resolves an escalation locks this row first, so
     * a sweep and a staff resolution take turns instead of deadlocking on the event store.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockIfPending(UUID escalationId) {
        return !Panache.getEntityManager().createNativeQuery("""
                select escalation_id from escalation_view where escalation_id = ?1 and outcome is null
                   for update skip locked""").setParameter(1, escalationId).getResultList().isEmpty();
    }

    /** Waits for and locks the escalation's row (see {@link #lockIfPending}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID escalationId) {
        Panache.getEntityManager().createNativeQuery("select 1 from escalation_view where escalation_id = ?1 for update")
                .setParameter(1, escalationId).getResultList();
    }

    @Transactional
    public List<View> list(UUID caseId, Platform platform, State state, int page, int size) {
        SqlFilter filter = new SqlFilter()
                .equal("case_id", caseId)
                .equal("platform", platform)
                .when(state == State.PENDING, "outcome is null")
                .when(state == State.ANSWERED, "outcome is not null");
        Query query = filter.bind(Panache.getEntityManager().createNativeQuery("""
                select escalation_id, case_id, platform, reason, sent_at, due_at, outcome, resolved_at
                  from escalation_view""" + filter.where() + " order by sent_at desc, escalation_id"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new View((UUID) r[0], (UUID) r[1], Platform.valueOf((String) r[2]),
                EscalationReason.valueOf((String) r[3]), NativeValues.instant(r[4]), NativeValues.instant(r[5]),
                r[6] == null ? null : EscalationOutcome.valueOf((String) r[6]), NativeValues.instant(r[7]))).toList();
    }

    /** @param year of sending, or null for all time */
    @Transactional
    public Map<Platform, Figures> figures(Integer year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select platform,
                       count(*),
                       count(*) filter (where outcome = 'RESOLVED'),
                       count(*) filter (where outcome in ('UNRESOLVED', 'NO_RESPONSE')),
                       count(*) filter (where outcome is null or outcome = 'FORM_REQUESTED'),
                       percentile_cont(0.5) within group (order by extract(epoch from resolved_at - sent_at) / 3600.0)
                           filter (where outcome in ('RESOLVED', 'UNRESOLVED', 'FORM_REQUESTED'))
                  from escalation_view
                 where ?1 = 0 or extract(year from sent_at at time zone ?2) = ?1
                 group by platform order by platform""")
                .setParameter(1, year == null ? 0 : year).setParameter(2, zone.getId()).getResultList();
        Map<Platform, Figures> figures = new EnumMap<>(Platform.class);
        for (Object[] r : rows) {
            long sent = ((Number) r[1]).longValue();
            long resolved = ((Number) r[2]).longValue();
            figures.put(Platform.valueOf((String) r[0]), new Figures(sent, resolved, ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(), sent == 0 ? 0 : Math.round(1000.0 * resolved / sent) / 1000.0,
                    r[5] == null ? null : Math.round(((Number) r[5]).doubleValue() * 10) / 10.0));
        }
        return figures;
    }
}
