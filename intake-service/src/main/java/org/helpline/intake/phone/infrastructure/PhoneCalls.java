package org.helpline.intake.phone.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;

/** The phone_call table: calls by keyed caller hash, never by number. */
@ApplicationScoped
public class PhoneCalls {

    /** A stored call; {@code answer} is the JSON first given to the telephony platform. */
    public record StoredCall(String callId, UUID contactId, UUID caseId, Instant startedAt, Instant endedAt,
            Boolean answered, String language, String extension, String answer) {

        public boolean ended() {
            return endedAt != null;
        }
    }

    public record NewCall(String callId, UUID contactId, String callerHash, Instant startedAt, Instant endedAt,
            Boolean answered, String language, String extension, String answer, Instant receivedAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean calledBefore(String callerHash) {
        return !em().createNativeQuery("select 1 from phone_call where caller_hash = ?1 limit 1")
                .setParameter(1, callerHash).getResultList().isEmpty();
    }

    /** Numbers of the cases earlier calls from this caller were recorded under, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> caseNumbersOf(String callerHash) {
        return NativeRow.all(em().createNativeQuery("""
                select c.case_number from intake_case c
                 where c.case_id in (select case_id from phone_call where caller_hash = ?1 and case_id is not null)
                 order by c.opened_at, c.case_number""")
                .setParameter(1, callerHash)).stream().map(row -> row.text(0)).toList();
    }

    /**
     * Stores the call unless its id is known. A concurrent replay waits on the row and then finds it.
     *
     * @return true if this call was new
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insertIfNew(NewCall call) {
        return em().createNativeQuery("""
                insert into phone_call (call_id, contact_id, caller_hash, started_at, ended_at, answered, language,
                                        extension, answer, received_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb), ?10)
                on conflict (call_id) do nothing""")
                .setParameter(1, call.callId())
                .setParameter(2, call.contactId())
                .setParameter(3, call.callerHash())
                .setParameter(4, call.startedAt())
                .setParameter(5, call.endedAt())
                .setParameter(6, call.answered())
                .setParameter(7, call.language())
                .setParameter(8, call.extension())
                .setParameter(9, call.answer())
                .setParameter(10, call.receivedAt())
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredCall> find(String callId, boolean forUpdate) {
        return NativeRow.first(em().createNativeQuery("""
                select call_id, contact_id, case_id, started_at, ended_at, answered, language, extension,
                       cast(answer as text)
                  from phone_call where call_id = ?1""" + (forUpdate ? " for update" : ""))
                .setParameter(1, callId))
                .map(r -> new StoredCall(r.text(0), r.uuid(1), r.uuid(2), r.instant(3), r.instant(4), r.flag(5),
                        r.text(6), r.text(7), r.text(8)));
    }

    /** Records the end of a ringing call (the caller holds its row lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(String callId, Instant endedAt, boolean answered) {
        em().createNativeQuery("update phone_call set ended_at = ?2, answered = ?3 where call_id = ?1")
                .setParameter(1, callId).setParameter(2, endedAt).setParameter(3, answered).executeUpdate();
    }

    /** Records that the associate filed this call under a case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fileUnder(String callId, UUID caseId) {
        em().createNativeQuery("update phone_call set case_id = ?2 where call_id = ?1")
                .setParameter(1, callId).setParameter(2, caseId).executeUpdate();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
