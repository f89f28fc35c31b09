package org.helpline.intake.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Looks into intake's own database, the way an auditor would: row counts and every row as text. */
public final class IntakeTables {

    private IntakeTables() {
    }

    /** Rows per table of the public schema (Flyway's history excluded). */
    public static Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables()) {
                counts.put(table, ((Number) Panache.getEntityManager()
                        .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }

    /** Whether any row of any table contains {@code text}. */
    public static boolean anyRowContains(String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            for (String table : tables()) {
                Number found = (Number) Panache.getEntityManager()
                        .createNativeQuery("select count(*) from " + table + " t where strpos(t::text, ?1) > 0")
                        .setParameter(1, text).getSingleResult();
                if (found.longValue() > 0) {
                    return true;
                }
            }
            return false;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> tables() {
        return Panache.getEntityManager().createNativeQuery("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_type = 'BASE TABLE'
                   and table_name <> 'flyway_schema_history' order by table_name""").getResultList();
    }
}
