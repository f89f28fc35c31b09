package org.helpline.analytics.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One report section as CSV (RFC 4180): a flat section is {@code name,value} rows; a table (gender
 * splits, per-platform figures) has one column per inner key. Cells that a spreadsheet would run as a
 * formula (a city typed as "=HYPERLINK(...)") are prefixed with an apostrophe.
 */
final class SectionCsv {

    private SectionCsv() {
    }

    static String of(String section, Object value) {
        StringBuilder csv = new StringBuilder();
        if (!(value instanceof Map<?, ?> map)) {
            return line(csv, List.of(section)).append(cell(value)).append("\r\n").toString();
        }
        boolean table = !map.isEmpty() && map.values().stream().allMatch(v -> v instanceof Map<?, ?>);
        if (!table) {
            line(csv, List.of(section, "value"));
            map.forEach((key, v) -> line(csv, List.of(cell(key), cell(v))));
            return csv.toString();
        }
        Set<String> columns = new LinkedHashSet<>();
        map.values().forEach(row -> ((Map<?, ?>) row).keySet().forEach(k -> columns.add(String.valueOf(k))));
        List<String> header = new ArrayList<>();
        header.add(section);
        header.addAll(columns);
        line(csv, header);
        map.forEach((key, row) -> {
            List<String> cells = new ArrayList<>();
            cells.add(cell(key));
            for (String column : columns) {
                Object v = ((Map<?, ?>) row).get(column);
                cells.add(v == null ? "" : cell(v));
            }
            line(csv, cells);
        });
        return csv.toString();
    }

    private static StringBuilder line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        return csv.append("\r\n");
    }

    private static String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")
                ? "'" + text : text;
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
