package org.helpline.intake.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Row counts of intake's own tables (looking for plaintext is {@code PlaintextScan}'s). */
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

    @SuppressWarnings("unchecked")
    private static List<String> tables() {
        return Panache.getEntityManager().createNativeQuery("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_type = 'BASE TABLE'
                   and table_name <> 'flyway_schema_history' order by table_name""").getResultList();
    }
}
