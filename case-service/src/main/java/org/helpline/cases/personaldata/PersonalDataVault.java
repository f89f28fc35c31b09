package org.helpline.cases.personaldata;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.platform.privacy.PersonalData;
import org.helpline.platform.privacy.SealedEntry;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.sql.NativeValues;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The only place survivors' personal data rests. Each case has its own random data key; entries are
 * sealed with it, bound to their case and entry; the data key is stored only wrapped by the master key
 * (configuration), so rotating the master key rewraps small keys, never the data.
 */
@ApplicationScoped
public class PersonalDataVault {

    /** One entry of a case's personal data, as it came with one contact. */
    public record Entry(UUID entryId, Instant receivedAt, PersonalData data) {
    }

    private final byte[] masterKey;
    private final String masterKeyId;
    private final byte[] handoffKey;
    private final ObjectMapper json;
    private final Clock clock;

    public PersonalDataVault(ObjectMapper json, Clock clock,
            @ConfigProperty(name = "helpline.personal-data.master-key") String masterKey,
            @ConfigProperty(name = "helpline.personal-data.master-key-id") String masterKeyId,
            @ConfigProperty(name = "helpline.personal-data.handoff-key") String handoffKey) {
        this.json = json;
        this.clock = clock;
        this.masterKey = Sealing.key(masterKey, "helpline.personal-data.master-key");
        this.masterKeyId = masterKeyId;
        this.handoffKey = Sealing.key(handoffKey, "helpline.personal-data.handoff-key");
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select e.entry_id, e.received_at, e.sealed, k.wrapped_key from personal_data_entry e
                  join case_data_key k on k.case_id = e.case_id
                 where e.case_id = ?1 order by e.received_at, e.entry_id""")
                .setParameter(1, caseId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Case " + caseId + " has no personal data.");
        }
        byte[] dataKey = unwrap(caseId, (byte[]) rows.get(0)[3]);
        return rows.stream().map(row -> {
            UUID entryId = (UUID) row[0];
            byte[] plaintext = Sealing.open(dataKey, (byte[]) row[2], entryPlace(caseId, entryId));
            return new Entry(entryId, NativeValues.instant(row[1]), read(plaintext));
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
        byte[] wrapped = (byte[]) Panache.getEntityManager()
                .createNativeQuery("select wrapped_key from case_data_key where case_id = ?1")
                .setParameter(1, caseId).getSingleResult();
        return unwrap(caseId, wrapped);
    }

    private byte[] unwrap(UUID caseId, byte[] wrapped) {
        return Sealing.open(masterKey, wrapped, keyPlace(caseId));
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
