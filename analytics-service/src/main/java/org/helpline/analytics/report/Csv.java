package org.helpline.analytics.report;

import java.util.List;

/**
 * RFC 4180 lines. Cells that a spreadsheet would run as a formula (a city typed as "=HYPERLINK(...)")
 * are prefixed with an apostrophe.
 */
final class Csv {

    private Csv() {
    }

    static StringBuilder line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        return csv.append("\r\n");
    }

    static String cell(String text) {
        String value = text == null ? "" : text;
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value : value;
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
