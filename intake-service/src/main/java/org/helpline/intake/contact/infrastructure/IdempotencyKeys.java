package org.helpline.intake.contact.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;

/**
 * First answers to {@code Idempotency-Key}s. Claiming a key inserts it with the answer about to be
 * given; a concurrent request with the same key waits on the row and then finds the stored answer.
 * Keys are kept {@code helpline.idempotency.retention} (default 48 h), in PostgreSQL, across restarts.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    private static final Duration MINIMUM_RETENTION = Duration.ofHours(24);

    private final Clock clock;
    private final Duration retention;

    public IdempotencyKeys(Clock clock, @ConfigProperty(name = "helpline.idempotency.retention") Duration retention) {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalStateException("helpline.idempotency.retention must be at least 24h, is " + retention);
        }
        this.clock = clock;
        this.retention = retention;
    }

    public record Stored(String requestHash, String response) {
    }

    /**
     * Claims the key before anything else is written, so that a replay writes nothing at all.
     *
     * @return empty if the key was claimed for this request, else what the key's first request stored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> claim(String key, String requestHash) {
        int inserted = Panache.getEntityManager().createNativeQuery("""
                insert into idempotency_key (key, request_hash) values (?1, ?2)
                on conflict (key) do nothing""")
                .setParameter(1, key)
                .setParameter(2, requestHash)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select request_hash, cast(response as text) from idempotency_key where key = ?1")
                .setParameter(1, key)
                .getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Stored((String) row[0], (String) row[1]));
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

    /** Stores the answer of the request that claimed the key, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(String key, String responseJson) {
        Panache.getEntityManager()
                .createNativeQuery("update idempotency_key set response = cast(?2 as jsonb) where key = ?1")
                .setParameter(1, key)
                .setParameter(2, responseJson)
                .executeUpdate();
    }
}
