package org.helpline.intake.contact.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Gap-free case numbers per year. The upsert locks the year's row until the transaction ends, so
 * numbers follow commit order and a rolled-back request gives its number back.
 */
@ApplicationScoped
public class CaseNumbers {

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(int year) {
        Number next = (Number) Panache.getEntityManager().createNativeQuery("""
                insert into case_number_counter (year, last) values (?1, 1)
                on conflict (year) do update set last = case_number_counter.last + 1
                returning last""")
                .setParameter(1, year)
                .getSingleResult();
        return next.intValue();
    }
}
