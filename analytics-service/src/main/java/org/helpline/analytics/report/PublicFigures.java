package org.helpline.analytics.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The publishable variant of the report: a count of 1 to 4 is shown as "<5" (small-cell suppression),
 * so that no survivor can be singled out by crossing rare attributes. A rate or share computed from a
 * suppressed count would give the count away, so it is withheld too; and where a row (or a flat section)
 * has exactly one suppressed cell, its total or the other sections would give that cell away by
 * subtraction, so the next-smallest count of the row is withheld with it (complementary suppression).
 * Across rows (a column's sum against another section) cells are not yet protected this way.
 */
public final class PublicFigures {

    static final String SMALL = "<5";
    static final String WITHHELD = "withheld";

    private PublicFigures() {
    }

    static Object suppress(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            int suppressed = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object cell = suppress(entry.getValue());
                if (SMALL.equals(cell) && !"total".equals(entry.getKey())) {
                    suppressed++;
                }
                out.put((String) entry.getKey(), cell);
            }
            if (suppressed > 0 || SMALL.equals(out.get("total"))) {
                out.replaceAll((key, v) -> v instanceof Double ? WITHHELD : v);
            }
            if (suppressed == 1) {
                withholdTheNextSmallest(out);
            }
            return out;
        }
        if (value instanceof Long || value instanceof Integer) {
            long n = ((Number) value).longValue();
            return n >= 1 && n <= 4 ? SMALL : value;
        }
        return value;
    }

    private static void withholdTheNextSmallest(Map<String, Object> row) {
        String smallest = null;
        long least = Long.MAX_VALUE;
        for (Map.Entry<String, Object> cell : row.entrySet()) {
            if (!"total".equals(cell.getKey()) && (cell.getValue() instanceof Long || cell.getValue() instanceof Integer)) {
                long n = ((Number) cell.getValue()).longValue();
                if (n > 0 && n < least) {
                    least = n;
                    smallest = cell.getKey();
                }
            }
        }
        if (smallest != null) {
            row.put(smallest, WITHHELD);
        }
    }

    /** The report with every section suppressed; {@code year} and {@code month} are not counts. */
    public static Map<String, Object> report(Map<String, Object> report) {
        Map<String, Object> out = new LinkedHashMap<>();
        report.forEach((key, value) -> out.put(key, key.equals("year") || key.equals("month") ? value : suppress(value)));
        return out;
    }
}
