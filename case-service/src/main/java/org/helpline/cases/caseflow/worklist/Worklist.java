package org.helpline.cases.caseflow.worklist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.helpline.cases.caseflow.domain.CasePriority;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.platform.sql.NativeRow;
import org.helpline.platform.sql.SqlFilter;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The associates' worklist, a read model kept by case-service itself: one row per case, rewritten in
 * the transaction that appends the case's events, listed most urgent first and then oldest first.
 */
@ApplicationScoped
public class Worklist {

    public record Filter(CaseState.Status status, Category category, String assignee, CasePriority priority,
            String caseNumber) {
    }

    public record Entry(UUID caseId, String caseNumber, CaseState.Status status, CasePriority priority,
            Category category, String assignee, Instant openedAt, int followUps, int version) {
    }

    public record Page(List<Entry> items, int page, int size, long totalItems) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CaseState state, int version, Instant now) {
        CasePriority priority = state.priority();
        Panache.getEntityManager().createNativeQuery("""
                insert into case_worklist (case_id, case_number, status, priority, priority_rank, category, assignee,
                                           opened_at, follow_ups, version, updated_at, closed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, case when ?3 = 'CLOSED' then cast(?11 as timestamptz) end)
                on conflict (case_id) do update
                   set status = excluded.status, priority = excluded.priority, priority_rank = excluded.priority_rank,
                       category = excluded.category, assignee = excluded.assignee, follow_ups = excluded.follow_ups,
                       version = excluded.version, updated_at = excluded.updated_at,
                       -- closed when it was first seen closed; reopening clears it
                       closed_at = case when excluded.status = 'CLOSED'
                                        then coalesce(case_worklist.closed_at, excluded.updated_at) end""")
                .setParameter(1, state.caseId())
                .setParameter(2, state.caseNumber())
                .setParameter(3, state.status().name())
                .setParameter(4, priority.name())
                .setParameter(5, (short) priority.rank())
                .setParameter(6, state.classification() == null ? null : state.classification().category().name())
                .setParameter(7, state.assignee())
                .setParameter(8, state.openedAt())
                .setParameter(9, state.followUps())
                .setParameter(10, version)
                .setParameter(11, now)
                .executeUpdate();
    }

    @Transactional
    public Page list(Filter filter, int page, int size) {
        SqlFilter filtered = new SqlFilter()
                .equal("status", filter.status())
                .equal("category", filter.category())
                .equal("assignee", filter.assignee())
                .equal("priority_rank", filter.priority() == null ? null : (short) filter.priority().rank())
                .equal("case_number", filter.caseNumber());
        Query count = filtered.bind(Panache.getEntityManager()
                .createNativeQuery("select count(*) from case_worklist" + filtered.where()));
        long total = NativeRow.single(count).count(0);
        Query rows = filtered.bind(Panache.getEntityManager().createNativeQuery("""
                select case_id, case_number, status, priority, category, assignee, opened_at, follow_ups, version
                  from case_worklist""" + filtered.where() + " order by priority_rank, opened_at, case_id"))
                .setFirstResult(page * size)
                .setMaxResults(size);
        return new Page(NativeRow.all(rows).stream().map(Worklist::entry).toList(), page, size, total);
    }

    private static Entry entry(NativeRow row) {
        return new Entry(row.uuid(0), row.text(1), row.value(2, CaseState.Status.class),
                row.value(3, CasePriority.class), row.value(4, Category.class), row.text(5), row.instant(6),
                row.integer(7), row.integer(8));
    }

}
