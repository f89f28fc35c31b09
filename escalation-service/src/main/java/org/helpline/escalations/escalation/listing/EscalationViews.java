package org.helpline.escalations.escalation.listing;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.EscalationSettings;
import org.helpline.escalations.escalation.domain.EscalationState;
import org.helpline.platform.sql.NativeRow;
import org.helpline.platform.sql.SqlFilter;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The escalations read model (one row per escalation, written with its events): listings for the
 * digital-security team (and a case's escalations for its case team), per-platform figures, and what the ageing
 * clock must look at.
 */
@ApplicationScoped
public class EscalationViews {

    @Inject
    EscalationSettings settings;
    @Inject
    Clock clock;

    /** PENDING: no answer yet; ANSWERED: any outcome recorded (including NO_RESPONSE). */
    public enum State {
        PENDING,
        ANSWERED
    }

    /**
     * One escalation as listed: {@code caseNumber} is the number intake gave the case (null for a case this
     * service learnt of before it kept numbers); {@code overdue}: still unanswered past {@code dueAt} (the ageing
     * sweep records NO_RESPONSE for it at its next run).
     */
    public record View(UUID escalationId, UUID caseId, String caseNumber, Platform platform, EscalationReason reason,
            Instant sentAt, Instant dueAt, EscalationOutcome outcome, Instant resolvedAt, boolean overdue) {
    }

    /** Unanswered past its due time; ?1 of the listing is now. */
    private static final String OVERDUE = "(e.outcome is null and e.due_at <= ?1)";

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
    public List<UUID> overdue(Instant now, int limit) {
        return NativeRow.all(Panache.getEntityManager().createNativeQuery("""
                select escalation_id from escalation_view where outcome is null and due_at <= ?1
                 order by due_at limit ?2""")
                .setParameter(1, now).setParameter(2, limit)).stream().map(row -> row.uuid(0)).toList();
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

    /**
     * One page of escalations. Listings of pending escalations only ({@code state} PENDING, or {@code overdue}
     * true) come in the order they fall due: the most overdue first, then the one due soonest; every other
     * listing newest first.
     *
     * @param overdue true: pending and past {@code dueAt}; false: answered, or pending within its period; null:
     *        either
     */
    @Transactional
    public List<View> list(UUID caseId, Platform platform, State state, Boolean overdue, int page, int size) {
        // the select's own ?1 (now, for each row's overdue flag) comes before the filter's parameters
        SqlFilter filter = new SqlFilter(clock.instant()).equal("e.case_id", caseId).equal("e.platform", platform)
                .when(state == State.PENDING, "e.outcome is null").when(state == State.ANSWERED, "e.outcome is not null")
                .when(Boolean.TRUE.equals(overdue), OVERDUE).when(Boolean.FALSE.equals(overdue), "not " + OVERDUE);
        boolean pendingOnly = state == State.PENDING || Boolean.TRUE.equals(overdue);
        Query query = filter.bind(Panache.getEntityManager().createNativeQuery("""
                select e.escalation_id, e.case_id, k.case_number, e.platform, e.reason, e.sent_at, e.due_at, e.outcome,
                       e.resolved_at, %s
                  from escalation_view e left join known_case k on k.case_id = e.case_id""".formatted(OVERDUE)
                + filter.where() + (pendingOnly ? " order by e.due_at, e.escalation_id"
                        : " order by e.sent_at desc, e.escalation_id")));
        return NativeRow.all(query.setFirstResult(page * size).setMaxResults(size)).stream()
                .map(r -> new View(r.uuid(0), r.uuid(1), r.text(2), r.value(3, Platform.class),
                        r.value(4, EscalationReason.class), r.instant(5), r.instant(6),
                        r.value(7, EscalationOutcome.class), r.instant(8), r.flag(9)))
                .toList();
    }

    /**
     * @param year of sending, or null for all time
     * @return the platforms escalated to, in the vocabulary's order
     */
    @Transactional
    public Map<Platform, Figures> figures(Integer year) {
        Query query = Panache.getEntityManager().createNativeQuery("""
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
                .setParameter(1, year == null ? 0 : year).setParameter(2, settings.zone().getId());
        Map<Platform, Figures> figures = new EnumMap<>(Platform.class);
        for (NativeRow r : NativeRow.all(query)) {
            long sent = r.count(1);
            long resolved = r.count(2);
            figures.put(r.value(0, Platform.class), new Figures(sent, resolved, r.count(3), r.count(4),
                    sent == 0 ? 0 : Math.round(1000.0 * resolved / sent) / 1000.0, tenths(r.decimal(5))));
        }
        return figures;
    }

    /** The median in hours to one decimal; null where no escalation was answered. */
    private static Double tenths(Double hours) {
        return hours == null ? null : Math.round(hours * 10) / 10.0;
    }
}
