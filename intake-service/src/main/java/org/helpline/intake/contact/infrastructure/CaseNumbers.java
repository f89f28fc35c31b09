package org.helpline.intake.contact.infrastructure;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Case numbers, sequential per year, from one PostgreSQL sequence per year. A sequence takes no row
 * lock, so concurrent intakes never queue behind each other (a counter row did: it capped intake at
 * ~200 contacts/s here). The price: a request that fails after taking its number leaves a gap.
 */
@ApplicationScoped
public class CaseNumbers {

    private static final long SEQUENCE_CREATION_LOCK = 0x636173656e6fL;

    private final Set<Integer> yearsWithSequence = ConcurrentHashMap.newKeySet();

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(int year) {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (!yearsWithSequence.contains(year)) {
            // DDL in its own transaction, once per year and JVM. "if not exists" alone is not enough: two
            // concurrent creations both pass the check and one fails on pg_class, so they take turns.
            QuarkusTransaction.requiringNew().run(() -> {
                Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                        .setParameter(1, SEQUENCE_CREATION_LOCK).getSingleResult();
                Panache.getEntityManager()
                        .createNativeQuery("create sequence if not exists case_number_" + year).executeUpdate();
            });
            yearsWithSequence.add(year);
        }
        return NativeRow.single(Panache.getEntityManager()
                .createNativeQuery("select nextval('case_number_" + year + "')")).integer(0);
    }
}
