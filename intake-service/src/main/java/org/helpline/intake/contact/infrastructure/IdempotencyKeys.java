package org.helpline.intake.contact.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * First answers to {@code Idempotency-Key}s. Claiming a key inserts it with the answer about to be
 * given; a concurrent request with the same key waits on the row and then finds the stored answer.
 */
@ApplicationScoped
public class IdempotencyKeys {

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
