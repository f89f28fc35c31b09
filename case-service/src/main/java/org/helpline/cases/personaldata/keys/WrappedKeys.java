package org.helpline.cases.personaldata.keys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.cases.CaseSettings;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The one mechanism for small secrets at rest (each case's data key, each handoff private key): wrapped by
 * the current key-encryption key, which lives in the {@link KeyToken}; the row keeps the wrapped bytes and
 * the KEK's id. Rotation adds a KEK, re-wraps every secret still under an older one, and destroys each KEK
 * that no row names any more: every copy of a row wrapped by it (WAL, dead tuples, backups) is then
 * unreadable, which is what makes an erasure final.
 *
 * <p>Wrapping and unwrapping hold a shared advisory lock that destroying takes exclusively, so no KEK is
 * destroyed while a transaction is wrapping with it or has read a row it wraps.
 */
@ApplicationScoped
public class WrappedKeys {

    private static final String KEYS_LOCK = "personal-data:key-encryption-keys";

    /** Where wrapped secrets are kept, with the place each is bound to (so a wrapped key copied to another row does not open). */
    enum Holder {
        CASE_DATA_KEY("case_data_key", "case_id", "wrapped_key", "data-key:"),
        HANDOFF_KEY("handoff_key", "id", "wrapped_private_key", "handoff-key:");

        final String table;
        final String id;
        final String column;
        final String placePrefix;

        Holder(String table, String id, String column, String placePrefix) {
            this.table = table;
            this.id = id;
            this.column = column;
            this.placePrefix = placePrefix;
        }

        String place(Object rowId) {
            return placePrefix + rowId;
        }
    }

    /** A secret as stored: wrapped, and by which KEK. */
    public record Wrapped(byte[] bytes, String kekId) {
    }

    @Inject
    KeyToken token;
    @Inject
    Clock clock;
    @Inject
    CaseSettings settings;

    /** Software master keys of before the token (id → key): they open the data keys they wrapped until re-wrapped. */
    private Map<String, byte[]> legacy;

    @PostConstruct
    void init() {
        legacy = settings.personalData().legacyMasterKeys().map(WrappedKeys::keysById).orElse(Map.of());
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
                throw new IllegalArgumentException("helpline.personal-data.legacy-master-keys: expected id=key pairs");
            }
            String id = pair.substring(0, equals).trim();
            keys.put(id, Sealing.key(pair.substring(equals + 1).trim(), "legacy master key " + id));
        }
        return keys;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Wrapped wrapDataKey(UUID caseId, byte[] dataKey) {
        return wrap(Holder.CASE_DATA_KEY, caseId, dataKey);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] unwrapDataKey(UUID caseId, Wrapped wrapped) {
        return unwrap(Holder.CASE_DATA_KEY, caseId, wrapped);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Wrapped wrap(Holder holder, Object rowId, byte[] secret) {
        shareTheKeys();
        String kek = current();
        return new Wrapped(token.wrap(kek, secret, holder.place(rowId)), kek);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    byte[] unwrap(Holder holder, Object rowId, Wrapped wrapped) {
        shareTheKeys();
        byte[] legacyKey = legacy.get(wrapped.kekId());
        if (legacyKey != null) {
            return Sealing.open(legacyKey, wrapped.bytes(), holder.place(rowId));
        }
        return token.unwrap(wrapped.kekId(), wrapped.bytes(), holder.place(rowId));
    }

    /** The KEK new secrets are wrapped by: the newest not destroyed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String current() {
        List<NativeRow> rows = NativeRow.all(Panache.getEntityManager().createNativeQuery(
                "select id from key_encryption_key where destroyed_at is null order by created_at desc, id desc limit 1"));
        if (rows.isEmpty()) {
            throw new IllegalStateException("no key-encryption key yet: case-service makes one when it starts");
        }
        return rows.get(0).text(0);
    }

    /** Makes a new KEK in the token; it becomes the current one when this transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    String addKeyEncryptionKey() {
        holdTheKeys();
        Instant now = clock.instant();
        String id = "kek-" + now.getEpochSecond() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Panache.getEntityManager().createNativeQuery(
                "insert into key_encryption_key (id, created_at) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, now).executeUpdate();
        token.create(id);
        return id;
    }

    /** Every KEK not yet destroyed, the current one among them. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<String> liveKeyEncryptionKeys() {
        return NativeRow.all(Panache.getEntityManager().createNativeQuery(
                "select id from key_encryption_key where destroyed_at is null order by created_at, id"))
                .stream().map(row -> row.text(0)).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Instant currentCreatedAt() {
        return NativeRow.single(Panache.getEntityManager().createNativeQuery(
                "select created_at from key_encryption_key where id = ?1").setParameter(1, current())).instant(0);
    }

    /**
     * Re-wraps up to {@code batch} secrets of each holder that an older KEK (or a legacy master key) wraps
     * (SKIP LOCKED, so instances share the work).
     *
     * @return how many were re-wrapped
     */
    @Transactional
    public int rewrapWithTheCurrentKey(int batch) {
        shareTheKeys();
        String kek = current();
        int done = 0;
        for (Holder holder : Holder.values()) {
            List<NativeRow> rows = NativeRow.all(Panache.getEntityManager().createNativeQuery(
                    "select " + holder.id + ", " + holder.column + ", kek_id from " + holder.table
                            + " where kek_id <> ?1 limit ?2 for update skip locked")
                    .setParameter(1, kek).setParameter(2, batch));
            for (NativeRow row : rows) {
                Object rowId = holder == Holder.CASE_DATA_KEY ? row.uuid(0) : row.text(0);
                byte[] secret = unwrap(holder, rowId, new Wrapped(row.bytes(1), row.text(2)));
                Panache.getEntityManager().createNativeQuery("update " + holder.table + " set " + holder.column
                        + " = ?2, kek_id = ?3 where " + holder.id + " = ?1")
                        .setParameter(1, rowId).setParameter(2, token.wrap(kek, secret, holder.place(rowId)))
                        .setParameter(3, kek).executeUpdate();
            }
            done += rows.size();
        }
        return done;
    }

    /**
     * Destroys, in the token, every KEK but the current one that no row names any more.
     *
     * @return the ids destroyed
     */
    @Transactional
    public List<String> destroyUnused() {
        holdTheKeys();
        String kek = current();
        List<String> destroyed = new ArrayList<>();
        for (NativeRow row : NativeRow.all(Panache.getEntityManager().createNativeQuery("""
                select k.id from key_encryption_key k
                 where k.destroyed_at is null and k.id <> ?1
                   and not exists (select 1 from case_data_key d where d.kek_id = k.id)
                   and not exists (select 1 from handoff_key h where h.kek_id = k.id)""").setParameter(1, kek))) {
            String id = row.text(0);
            token.destroy(id);
            Panache.getEntityManager().createNativeQuery(
                    "update key_encryption_key set destroyed_at = ?2 where id = ?1")
                    .setParameter(1, id).setParameter(2, clock.instant()).executeUpdate();
            destroyed.add(id);
        }
        return destroyed;
    }

    private void shareTheKeys() {
        lock("pg_advisory_xact_lock_shared");
    }

    private void holdTheKeys() {
        lock("pg_advisory_xact_lock");
    }

    private static void lock(String function) {
        Panache.getEntityManager().createNativeQuery(
                "select count(*) from (select " + function + "(hashtextextended(?1, 0))) locked")
                .setParameter(1, KEYS_LOCK).getSingleResult();
    }
}
