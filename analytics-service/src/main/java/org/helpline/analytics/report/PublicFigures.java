package org.helpline.analytics.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The publishable variant of the report: a count of 1 to 4 is shown as "<5" (small-cell suppression),
 * so that no survivor can be singled out by crossing rare attributes. A rate or share computed from a
 * suppressed count would give the count away, so it is withheld too.
 */
public final class PublicFigures {

    static final String SMALL = "<5";
    static final String WITHHELD = "withheld";

    private PublicFigures() {
    }

    @SuppressWarnings("unchecked")
    static Object suppress(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            boolean anySuppressed = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object suppressed = suppress(entry.getValue());
                anySuppressed |= SMALL.equals(suppressed);
                out.put((String) entry.getKey(), suppressed);
            }
            if (anySuppressed) {
                out.replaceAll((key, v) -> v instanceof Double ? WITHHELD : v);
            }
            return out;
        }
        if (value instanceof Long || value instanceof Integer) {
            long n = ((Number) value).longValue();
            return n >= 1 && n <= 4 ? SMALL : value;
        }
        return value;
    }

    /** The report with every section suppressed; {@code year} and {@code month} are not counts. */
    public static Map<String, Object> report(Map<String, Object> report) {
        Map<String, Object> out = new LinkedHashMap<>();
        report.forEach((key, value) -> out.put(key, key.equals("year") || key.equals("month") ? value : suppress(value)));
        return out;
    }
}
