package org.helpline.cases.personaldata;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.cases.personaldata.keys.HandoffKeys;
import org.helpline.cases.personaldata.keys.WrappedKeys;
import org.helpline.platform.privacy.PersonalData;
import org.helpline.platform.privacy.SealedEntry;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The only place survivors' personal data rests. Each case has its own random data key; entries are
 * sealed with it, bound to their case and entry; the data key is stored only wrapped by a key-encryption
 * key in the key token ({@link WrappedKeys}), so rotating that key re-wraps small keys, never the data, and
 * destroying a case's wrapped key (erasure) leaves nothing any kept key opens.
 */
@ApplicationScoped
public class PersonalDataVault {

    /** One entry of a case's personal data, as it came with one contact. */
    public record Entry(UUID entryId, Instant receivedAt, PersonalData data) {
    }

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    PersonalDataErasure erasure;
    @Inject
    WrappedKeys wrappedKeys;
    @Inject
    HandoffKeys handoffKeys;

    /** Takes an entry intake sealed; storing the same entry again changes nothing. */
    @Transactional
    public void takeOver(UUID caseId, UUID entryId, SealedEntry entry) {
        byte[] plaintext;
        if (entry.sealed() == null) {
            throw ProblemException.badRequest("The entry has no sealed value.");
        }
        try {
            plaintext = handoffKeys.open(Base64.getDecoder().decode(entry.sealed()),
                    PersonalData.handoffPlace(caseId, entryId));
        } catch (Sealing.BrokenSeal | IllegalArgumentException e) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content",
                    "The entry is not sealed to a handoff key of case-service's for this case and entry."));
        }
        erasure.lockPersonalDataOf(caseId);
        erasure.requireNotErased(caseId);
        byte[] dataKey = dataKey(caseId);
        Panache.getEntityManager().createNativeQuery("""
                insert into personal_data_entry (case_id, entry_id, sealed, received_at, stored_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, caseId)
                .setParameter(2, entryId)
                .setParameter(3, Sealing.seal(dataKey, plaintext, entryPlace(caseId, entryId)))
                .setParameter(4, entry.receivedAt() == null ? clock.instant() : entry.receivedAt())
                .setParameter(5, clock.instant())
                .executeUpdate();
    }

    @Transactional
    public List<Entry> entries(UUID caseId) {
        List<NativeRow> rows = NativeRow.all(Panache.getEntityManager().createNativeQuery("""
                select e.entry_id, e.received_at, e.sealed, k.wrapped_key, k.kek_id from personal_data_entry e
                  join case_data_key k on k.case_id = e.case_id
                 where e.case_id = ?1 order by e.received_at, e.entry_id""")
                .setParameter(1, caseId));
        if (rows.isEmpty()) {
            erasure.requireNotErased(caseId);
            throw ProblemException.notFound("Case " + caseId + " has no personal data.");
        }
        byte[] dataKey = wrappedKeys.unwrapDataKey(caseId, new WrappedKeys.Wrapped(rows.get(0).bytes(3),
                rows.get(0).text(4)));
        return rows.stream().map(row -> {
            UUID entryId = row.uuid(0);
            byte[] plaintext = Sealing.open(dataKey, row.bytes(2), entryPlace(caseId, entryId));
            return new Entry(entryId, row.instant(1), read(plaintext));
        }).toList();
    }

    private byte[] dataKey(UUID caseId) {
        WrappedKeys.Wrapped fresh = wrappedKeys.wrapDataKey(caseId, Sealing.newKey());
        Panache.getEntityManager().createNativeQuery("""
                insert into case_data_key (case_id, wrapped_key, kek_id, created_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, caseId)
                .setParameter(2, fresh.bytes())
                .setParameter(3, fresh.kekId())
                .setParameter(4, clock.instant())
                .executeUpdate();
        NativeRow row = NativeRow.single(Panache.getEntityManager()
                .createNativeQuery("select wrapped_key, kek_id from case_data_key where case_id = ?1")
                .setParameter(1, caseId));
        return wrappedKeys.unwrapDataKey(caseId, new WrappedKeys.Wrapped(row.bytes(0), row.text(1)));
    }

    private PersonalData read(byte[] plaintext) {
        try {
            return json.readValue(plaintext, PersonalData.class);
        } catch (IOException e) {
            throw new IllegalStateException("a personal-data entry opened but cannot be read", e);
        }
    }

    private static String entryPlace(UUID caseId, UUID entryId) {
        return "entry:" + caseId + ":" + entryId;
    }
}
