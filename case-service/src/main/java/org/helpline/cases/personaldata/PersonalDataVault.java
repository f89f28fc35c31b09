package org.helpline.cases.personaldata;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.cases.CaseSettings;
import org.helpline.platform.privacy.PersonalData;
import org.helpline.platform.privacy.SealedEntry;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.sql.BatchedWork;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;

/**
 * The only place survivors' personal data rests. Each case has its own random data key; entries are
 * sealed with it, bound to their case and entry; the data key is stored only wrapped by the master key
 * (configuration), so rotating the master key rewraps small keys, never the data.
 */
@ApplicationScoped
public class PersonalDataVault {

    private static final Logger LOG = Logger.getLogger(PersonalDataVault.class);

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
    CaseSettings settings;

    private byte[] masterKey;
    private String masterKeyId;
    /** Master keys rotated out: still opening the data keys they wrapped until the sweep has re-wrapped them. */
    private Map<String, byte[]> previousMasterKeys;
    private byte[] handoffKey;

    @PostConstruct
    void init() {
        CaseSettings.PersonalData keys = settings.personalData();
        masterKey = Sealing.key(keys.masterKey(), "helpline.personal-data.master-key");
        masterKeyId = keys.masterKeyId();
        handoffKey = Sealing.key(keys.handoffKey(), "helpline.personal-data.handoff-key");
        previousMasterKeys = keys.previousMasterKeys().map(PersonalDataVault::keysById).orElse(Map.of());
    }

    /** {@code "k1=BASE64,k0=BASE64"}: the id, then the key (base64 has no comma; its '=' come after the id's). */
    private static Map<String, byte[]> keysById(String configured) {
        Map<String, byte[]> keys = new HashMap<>();
        for (String pair : configured.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("helpline.personal-data.previous-master-keys: expected id=key pairs");
            }
            String id = pair.substring(0, equals).trim();
            keys.put(id, Sealing.key(pair.substring(equals + 1).trim(), "previous master key " + id));
        }
        return keys;
    }

    /** Takes an entry intake sealed; storing the same entry again changes nothing. */
    @Transactional
    public void takeOver(UUID caseId, UUID entryId, SealedEntry entry) {
        byte[] plaintext;
        if (entry.sealed() == null) {
            throw ProblemException.badRequest("The entry has no sealed value.");
        }
        try {
            plaintext = Sealing.open(handoffKey, Base64.getDecoder().decode(entry.sealed()),
                    PersonalData.handoffPlace(caseId, entryId));
        } catch (Sealing.BrokenSeal | IllegalArgumentException e) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content",
                    "The entry is not sealed with the handoff key for this case and entry."));
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
                select e.entry_id, e.received_at, e.sealed, k.wrapped_key, k.master_key_id from personal_data_entry e
                  join case_data_key k on k.case_id = e.case_id
                 where e.case_id = ?1 order by e.received_at, e.entry_id""")
                .setParameter(1, caseId));
        if (rows.isEmpty()) {
            erasure.requireNotErased(caseId);
            throw ProblemException.notFound("Case " + caseId + " has no personal data.");
        }
        byte[] dataKey = unwrap(caseId, rows.get(0).bytes(3), rows.get(0).text(4));
        return rows.stream().map(row -> {
            UUID entryId = row.uuid(0);
            byte[] plaintext = Sealing.open(dataKey, row.bytes(2), entryPlace(caseId, entryId));
            return new Entry(entryId, row.instant(1), read(plaintext));
        }).toList();
    }

    private byte[] dataKey(UUID caseId) {
        byte[] fresh = Sealing.newKey();
        Panache.getEntityManager().createNativeQuery("""
                insert into case_data_key (case_id, wrapped_key, master_key_id, created_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, caseId)
                .setParameter(2, Sealing.seal(masterKey, fresh, keyPlace(caseId)))
                .setParameter(3, masterKeyId)
                .setParameter(4, clock.instant())
                .executeUpdate();
        NativeRow row = NativeRow.single(Panache.getEntityManager()
                .createNativeQuery("select wrapped_key, master_key_id from case_data_key where case_id = ?1")
                .setParameter(1, caseId));
        return unwrap(caseId, row.bytes(0), row.text(1));
    }

    private byte[] unwrap(UUID caseId, byte[] wrapped, String keyId) {
        return Sealing.open(masterKeyWithId(keyId), wrapped, keyPlace(caseId));
    }

    private byte[] masterKeyWithId(String keyId) {
        if (masterKeyId.equals(keyId)) {
            return masterKey;
        }
        byte[] previous = previousMasterKeys.get(keyId);
        if (previous == null) {
            throw new IllegalStateException("a data key is wrapped by master key " + keyId + ", which is neither "
                    + "the current one nor in helpline.personal-data.previous-master-keys");
        }
        return previous;
    }

    /**
     * Rotation without re-encrypting any entry: data keys wrapped by a previous master key are unwrapped and
     * wrapped again by the current one, a batch at a time (SKIP LOCKED, so instances share the work).
     *
     * @return how many data keys were re-wrapped
     */
    @Transactional
    public int rewrapWithTheCurrentMasterKey(int batch) {
        List<NativeRow> rows = NativeRow.all(Panache.getEntityManager().createNativeQuery("""
                select case_id, wrapped_key, master_key_id from case_data_key where master_key_id <> ?1
                 limit ?2 for update skip locked""")
                .setParameter(1, masterKeyId).setParameter(2, batch));
        for (NativeRow row : rows) {
            UUID caseId = row.uuid(0);
            byte[] dataKey = unwrap(caseId, row.bytes(1), row.text(2));
            Panache.getEntityManager().createNativeQuery(
                    "update case_data_key set wrapped_key = ?2, master_key_id = ?3 where case_id = ?1")
                    .setParameter(1, caseId).setParameter(2, Sealing.seal(masterKey, dataKey, keyPlace(caseId)))
                    .setParameter(3, masterKeyId).executeUpdate();
        }
        return rows.size();
    }

    @Scheduled(every = "${helpline.personal-data.rewrap-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rewrapDue() {
        int total = BatchedWork.drain(() -> rewrapWithTheCurrentMasterKey(200));
        if (total > 0) {
            LOG.infof("%d data keys re-wrapped with master key %s", total, masterKeyId);
        }
    }

    private PersonalData read(byte[] plaintext) {
        try {
            return json.readValue(plaintext, PersonalData.class);
        } catch (IOException e) {
            throw new IllegalStateException("a personal-data entry opened but cannot be read", e);
        }
    }

    private static String keyPlace(UUID caseId) {
        return "data-key:" + caseId;
    }

    private static String entryPlace(UUID caseId, UUID entryId) {
        return "entry:" + caseId + ":" + entryId;
    }
}
