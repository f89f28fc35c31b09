package org.helpline.cases.personaldata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.helpline.cases.CaseSettings;
import org.helpline.cases.caseflow.CaseHandling;
import org.helpline.cases.caseflow.domain.CaseCommand;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Erasure by crypto-shredding: destroying a case's data key (and its ciphertexts) leaves nothing that any
 * key the system holds can open. The case itself, and so every statistic, stays as it was; the case's
 * stream records {@code PersonalDataErased} and the ledger what was erased, when, why and by whom.
 * A case closed longer than {@code helpline.personal-data.retention-after-close} (90 days) is erased
 * by the sweep.
 */
@ApplicationScoped
public class PersonalDataErasure {

    private static final Logger LOG = Logger.getLogger(PersonalDataErasure.class);

    /** Why personal data was erased (the reason code of {@code PersonalDataErased}). */
    public enum Reason {
        REQUESTED_BY_COMPLAINANT,
        SUPERVISOR_DECISION,
        RETENTION_EXPIRED
    }

    /** A line of the erasure ledger. */
    public record Erased(UUID caseId, Instant erasedAt, Reason reason, String erasedBy, int entriesErased) {
    }

    @Inject
    CaseHandling cases;
    @Inject
    Clock clock;
    @Inject
    CaseSettings settings;

    private Duration retention;

    @PostConstruct
    void init() {
        retention = settings.personalData().retentionAfterClose();
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("helpline.personal-data.retention-after-close must be positive");
        }
    }

    @Transactional
    public Erased erase(UUID caseId, Reason reason, String actor) {
        lockPersonalDataOf(caseId);
        ledger(caseId).ifPresent(done -> {
            throw gone(done);
        });
        var em = Panache.getEntityManager();
        int keys = em.createNativeQuery("delete from case_data_key where case_id = ?1").setParameter(1, caseId)
                .executeUpdate();
        int entries = em.createNativeQuery("delete from personal_data_entry where case_id = ?1")
                .setParameter(1, caseId).executeUpdate();
        boolean known = caseKnown(caseId);
        if (keys == 0 && entries == 0 && !known) {
            throw ProblemException.notFound("Case " + caseId + " has no personal data.");
        }
        // a known case with nothing stored yet is erased too: data still on its way from intake is then refused
        Instant now = clock.instant();
        // a case the helpline has not opened yet (its data came first) has no stream to record it on
        if (known) {
            cases.handle(new CaseCommand.RecordPersonalDataErased(caseId, reason.name(), now), OptionalInt.empty(),
                    EventMetadata.newFlow(actor));
        }
        em.createNativeQuery("""
                insert into personal_data_erasure (case_id, erased_at, reason, erased_by, entries_erased)
                values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, caseId).setParameter(2, now).setParameter(3, reason.name()).setParameter(4, actor)
                .setParameter(5, entries).executeUpdate();
        LOG.infof("personal data of case %s erased (%s, %d entries)", caseId, reason, entries);
        return new Erased(caseId, now, reason, actor, entries);
    }

    /**
     * Serialises erasure and storing for one case: without it, a handoff could check the ledger, wait
     * on the key row an erasure is deleting, then create a fresh key and store the entry after all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockPersonalDataOf(UUID caseId) {
        Panache.getEntityManager().createNativeQuery(
                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "personal-data:" + caseId).getSingleResult();
    }

    /** Refuses what would bring erased data back (e.g. a handoff that was still on its way). */
    @Transactional(Transactional.TxType.MANDATORY)
    void requireNotErased(UUID caseId) {
        ledger(caseId).ifPresent(done -> {
            throw gone(done);
        });
    }

    @Transactional
    public List<Erased> ledger(int page, int size) {
        return NativeRow.all(Panache.getEntityManager().createNativeQuery("""
                select case_id, erased_at, reason, erased_by, entries_erased from personal_data_erasure
                 order by erased_at desc, case_id limit ?1 offset ?2""")
                .setParameter(1, size).setParameter(2, page * size))
                .stream().map(PersonalDataErasure::erased).toList();
    }

    @Scheduled(every = "${helpline.personal-data.erasure-sweep-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseAfterRetention() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> NativeRow.all(Panache.getEntityManager()
                .createNativeQuery("""
                        select k.case_id from case_data_key k join case_worklist w on w.case_id = k.case_id
                         where w.status = 'CLOSED' and w.closed_at < ?1
                           and not exists (select 1 from personal_data_erasure e where e.case_id = k.case_id)
                         order by w.closed_at limit 100""")
                .setParameter(1, clock.instant().minus(retention))).stream().map(row -> row.uuid(0)).toList());
        for (UUID caseId : due) {
            try {
                erase(caseId, Reason.RETENTION_EXPIRED, "retention");
            } catch (ProblemException alreadyDone) {
                // another instance erased it meanwhile
            } catch (RuntimeException e) {
                // one case must not hold up the others; it is tried again at the next sweep
                LOG.warnf("personal data of case %s could not be erased yet: %s", caseId, e.getClass().getSimpleName());
            }
        }
    }

    private Optional<Erased> ledger(UUID caseId) {
        return NativeRow.first(Panache.getEntityManager().createNativeQuery("""
                select case_id, erased_at, reason, erased_by, entries_erased from personal_data_erasure
                 where case_id = ?1""").setParameter(1, caseId)).map(PersonalDataErasure::erased);
    }

    private static boolean caseKnown(UUID caseId) {
        return NativeRow.first(Panache.getEntityManager()
                .createNativeQuery("select 1 from case_worklist where case_id = ?1").setParameter(1, caseId))
                .isPresent();
    }

    private static Erased erased(NativeRow row) {
        return new Erased(row.uuid(0), row.instant(1), row.value(2, Reason.class), row.text(3), row.integer(4));
    }

    static ProblemException gone(Erased erased) {
        return new ProblemException(Problem.of(410, "Gone", "The personal data of case " + erased.caseId()
                + " was erased on " + erased.erasedAt() + " (" + erased.reason() + ")."));
    }
}
