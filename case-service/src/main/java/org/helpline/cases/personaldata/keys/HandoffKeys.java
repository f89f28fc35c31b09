package org.helpline.cases.personaldata.keys;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.platform.privacy.Envelope;
import org.helpline.platform.privacy.HandoffKey;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The key pairs intake seals personal data to ({@link Envelope}): intake holds only the public half, so
 * nothing in intake's database, WAL or backups opens without a private key of case-service's. Each rotation
 * makes a new pair; a retired pair still opens what was sealed to it for the grace period (entries still
 * on their way), then its row goes, and the KEK that wrapped its private key is destroyed at the next
 * rotation with the rest.
 */
@ApplicationScoped
public class HandoffKeys {

    @Inject
    WrappedKeys wrappedKeys;
    @Inject
    Clock clock;

    /** The pair intake is told to seal to: the newest not retired. */
    @Transactional
    public HandoffKey current() {
        List<NativeRow> rows = NativeRow.all(Panache.getEntityManager().createNativeQuery(
                "select id, public_key from handoff_key where retired_at is null order by created_at desc limit 1"));
        if (rows.isEmpty()) {
            throw new IllegalStateException("no handoff key yet: case-service makes one when it starts");
        }
        return new HandoffKey(rows.get(0).text(0), Base64.getEncoder().encodeToString(rows.get(0).bytes(1)));
    }

    /**
     * Opens an envelope sealed to one of the pairs still kept.
     *
     * @throws Sealing.BrokenSeal when no kept pair opens it for this place
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] open(byte[] envelope, String place) {
        String keyId = Envelope.keyIdOf(envelope);
        List<NativeRow> rows = NativeRow.all(Panache.getEntityManager().createNativeQuery(
                "select public_key, wrapped_private_key, kek_id from handoff_key where id = ?1")
                .setParameter(1, keyId));
        if (rows.isEmpty()) {
            throw new Sealing.BrokenSeal(null);
        }
        NativeRow row = rows.get(0);
        byte[] privateKey = wrappedKeys.unwrap(WrappedKeys.Holder.HANDOFF_KEY, keyId,
                new WrappedKeys.Wrapped(row.bytes(1), row.text(2)));
        return Envelope.open(new Envelope.Recipient(keyId, row.bytes(0)), privateKey, envelope, place);
    }

    /** Makes a new pair, wrapped by the current KEK, and retires the others. */
    @Transactional(Transactional.TxType.MANDATORY)
    String replace() {
        Instant now = clock.instant();
        String id = "handoff-" + now.getEpochSecond() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Envelope.Pair pair = Envelope.newPair();
        WrappedKeys.Wrapped wrapped = wrappedKeys.wrap(WrappedKeys.Holder.HANDOFF_KEY, id, pair.privateKey());
        var em = Panache.getEntityManager();
        em.createNativeQuery("update handoff_key set retired_at = ?1 where retired_at is null")
                .setParameter(1, now).executeUpdate();
        em.createNativeQuery("""
                insert into handoff_key (id, public_key, wrapped_private_key, kek_id, created_at)
                values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, id).setParameter(2, pair.publicKey()).setParameter(3, wrapped.bytes())
                .setParameter(4, wrapped.kekId()).setParameter(5, now).executeUpdate();
        return id;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    boolean anyCurrent() {
        return NativeRow.single(Panache.getEntityManager().createNativeQuery(
                "select count(*) from handoff_key where retired_at is null")).count(0) > 0;
    }

    /** Forgets pairs retired before this instant: what was sealed to them no longer opens. */
    @Transactional(Transactional.TxType.MANDATORY)
    int forgetRetiredBefore(Instant before) {
        return Panache.getEntityManager().createNativeQuery(
                "delete from handoff_key where retired_at is not null and retired_at <= ?1")
                .setParameter(1, before).executeUpdate();
    }
}
