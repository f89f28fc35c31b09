package org.helpline.intake.contact.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.intake.IntakeSettings;
import org.helpline.platform.privacy.KeyedHash;
import org.helpline.platform.privacy.Sealing;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.sql.BatchedWork;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * First answers to {@code Idempotency-Key}s. Claiming a key inserts it with the request's fingerprint; a
 * concurrent request with the same key waits on the row and then finds the stored answer. Keys are kept
 * {@code helpline.idempotency.retention} (default 48 h), in PostgreSQL, across restarts.
 *
 * <p>A key is the account's own: the same key sent by another account is another key (it cannot replay, nor
 * block, the first account's request). Nothing of it is kept in clear: the answer (a receipt, with the
 * complainant's tracking code) is sealed under a key derived from the Idempotency-Key, and the row names the Idempotency-Key only by a keyed hash. A copy of
 * the database, its WAL or a backup opens no answer without the Idempotency-Key, which only its caller has; once
 * the row is swept, nobody here can open any copy of it.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    private static final Duration MINIMUM_RETENTION = Duration.ofHours(24);

    private static final String FINGERPRINT_SCHEME = "hmac-sha256-caller:";
    /** A key named per account: the same key from another account is another key, so nobody squats another's. */
    private static final String KEY_SCHEME = "hmac-sha256-account:";
    /** A key named by itself alone (before keys were per account; also what the clear-key backfill writes). */
    private static final String UNSCOPED_SCHEME = "hmac-sha256:";

    @Inject Clock clock;
    @Inject IntakeSettings settings;
    @Inject ObjectMapper json;

    private Duration retention;
    private KeyedHash fingerprints;
    /** Keys of their own for naming keys and sealing answers (a label without a newline is no fingerprint's input). */
    private KeyedHash names;
    private KeyedHash answerKeys;

    @PostConstruct
    void init() {
        retention = settings.idempotency().retention();
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalStateException("helpline.idempotency.retention must be at least 24h, is " + retention);
        }
        fingerprints = KeyedHash.fromConfig(settings.idempotency().fingerprintKey(),
                "helpline.idempotency.fingerprint-key");
        names = new KeyedHash(fingerprints.bytes("idempotency key names"));
        answerKeys = new KeyedHash(fingerprints.bytes("idempotency answer keys"));
    }

    /**
     * Claims the key for this request before anything else is written, so that a retry writes nothing at all.
     *
     * @return empty if the key is now this request's; else the answer the key's first request got
     * @throws ProblemException 422 if the account used the key first for another request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<T> firstAnswer(String key, String actor, Object request, Class<T> answerType) {
        String fingerprint = fingerprint(actor, request);
        // a first request answered before keys were per account (or by such a version still running beside this
        // one, which is why this is looked up every time, not only until a sweep finds none): its retry gets that
        String unscoped = UNSCOPED_SCHEME + names.hex(key);
        Optional<Stored> earlier = stored(unscoped);
        if (earlier.isPresent()) {
            return Optional.of(opened(key, unscoped, fingerprint, earlier.get(), answerType));
        }
        String kept = keptAs(actor, key);
        Optional<Stored> first = claim(kept, fingerprint);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(opened(key, kept, fingerprint, first.get(), answerType));
    }

    private <T> T opened(String key, String kept, String fingerprint, Stored first, Class<T> answerType) {
        if (!first.requestHash().equals(fingerprint)) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content",
                    "This Idempotency-Key was already used for a different request."));
        }
        if (first.sealedResponse() == null) {
            // written in the claiming transaction, which committed before this one could see the row
            throw new IllegalStateException("an Idempotency-Key was claimed without an answer");
        }
        try {
            return json.readValue(Sealing.open(answerKeys.bytes(key), first.sealedResponse(), kept), answerType);
        } catch (IOException e) {
            throw new IllegalStateException("stored idempotent answer is unreadable", e);
        }
    }

    /** Stores the answer of the request that claimed the key, sealed, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(String key, String actor, Object answer) {
        String kept = keptAs(actor, key);
        Panache.getEntityManager()
                .createNativeQuery("update idempotency_key set sealed_response = ?2 where key = ?1")
                .setParameter(1, kept)
                .setParameter(2, seal(key, kept, toJson(answer)))
                .executeUpdate();
    }

    /** How the row names an account's Idempotency-Key: a keyed hash (public for the tests that age a key's row). */
    public String keptAs(String actor, String key) {
        return KEY_SCHEME + names.hex(actor + "\n" + key);
    }

    /** Sealed under a key derived from the Idempotency-Key (never stored), bound to the row's name for it. */
    private byte[] seal(String key, String kept, String answer) {
        return Sealing.seal(answerKeys.bytes(key), answer.getBytes(StandardCharsets.UTF_8), kept);
    }

    /**
     * Keyed, because the body may carry personal data and the fingerprint is kept for days; and the caller's
     * account is part of it, so that nobody else replays a receipt (and its tracking code) by sending the same
     * key and body: another account gets 422.
     */
    private String fingerprint(String actor, Object request) {
        return FINGERPRINT_SCHEME + fingerprints.hex(actor + "\n" + toJson(request));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String requestHash, byte[] sealedResponse) {
    }

    /** @param kept the row's name for the Idempotency-Key ({@link #keptAs}) */
    private Optional<Stored> claim(String kept, String requestHash) {
        int inserted = Panache.getEntityManager().createNativeQuery("""
                insert into idempotency_key (key, request_hash) values (?1, ?2)
                on conflict (key) do nothing""")
                .setParameter(1, kept)
                .setParameter(2, requestHash)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        return stored(kept);
    }

    private Optional<Stored> stored(String kept) {
        return NativeRow.all(Panache.getEntityManager()
                .createNativeQuery("select request_hash, sealed_response from idempotency_key where key = ?1")
                .setParameter(1, kept)).stream().findFirst().map(row -> new Stored(row.text(0), row.bytes(1)));
    }

    void sealAtStart(@Observes StartupEvent start) {
        int total = sealThoseKeptInClear();
        if (total > 0) {
            LOG.infof("%d Idempotency-Keys kept in clear by an earlier version are now hashed, their answers sealed",
                    total);
        }
    }

    /**
     * Rows an earlier version wrote (the key, and its answer as JSON, in clear; also what one still running beside
     * this one writes during an upgrade): the key hashed, the answer sealed, in batches.
     *
     * @return how many
     */
    public int sealThoseKeptInClear() {
        return BatchedWork.drain(() -> QuarkusTransaction.requiringNew().call(() -> {
            // which account sent them was not kept: they are named as unscoped keys, as their version named them
            List<NativeRow> rows = NativeRow.all(Panache.getEntityManager().createNativeQuery("""
                    select key, cast(response as text) from idempotency_key
                     where key not like ?1 and key not like ?2
                     limit 500 for update skip locked""").setParameter(1, KEY_SCHEME + "%")
                    .setParameter(2, UNSCOPED_SCHEME + "%"));
            for (NativeRow row : rows) {
                String key = row.text(0);
                String kept = UNSCOPED_SCHEME + names.hex(key);
                if (row.text(1) == null) {
                    // claimed, never answered (its request rolled back): only the key to hide
                    Panache.getEntityManager().createNativeQuery("update idempotency_key set key = ?2 where key = ?1")
                            .setParameter(1, key).setParameter(2, kept).executeUpdate();
                } else {
                    Panache.getEntityManager().createNativeQuery("""
                            update idempotency_key set key = ?2, sealed_response = ?3, response = null
                            where key = ?1""")
                            .setParameter(1, key).setParameter(2, kept).setParameter(3, seal(key, kept, row.text(1)))
                            .executeUpdate();
                }
            }
            return rows.size();
        }));
    }

    /**
     * Forgets keys older than the retention (at least 24 h, so that a client retrying for a day is safe).
     *
     * @return how many keys were forgotten
     */
    @Transactional
    public int forgetExpired() {
        return Panache.getEntityManager()
                .createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, clock.instant().minus(retention))
                .executeUpdate();
    }

    @Scheduled(every = "${helpline.idempotency.sweep-interval:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int forgotten = forgetExpired();
        if (forgotten > 0) {
            LOG.infof("forgot %d Idempotency-Keys older than %s", forgotten, retention);
        }
    }
}
