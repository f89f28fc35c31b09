package org.helpline.analytics.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.helpline.analytics.report.Figure;
import org.helpline.analytics.report.Row;
import org.helpline.analytics.report.Table;

/**
 * Charts drawn on the server as SVG: no script, no CDN, readable offline, on a phone and on paper.
 * Every bar carries {@code data-label} and {@code data-value} and prints its number, so what a reader
 * sees can be checked against the report's JSON. A suppressed count ("<5") is drawn as a stub.
 */
final class Svg {

    private static final String[] PALETTE = {"#6a3d9a", "#e7298a", "#1b9e77", "#d95f02", "#7570b3", "#66a61e",
            "#e6ab02", "#a6761d", "#666666"};
    private static final int WIDTH = 640;

    private Svg() {
    }

    /** Horizontal bars, one per key, in the order given. */
    static String bars(String id, String title, Row bars) {
        Map<String, Figure> values = bars.figures();
        double max = max(values.values());
        int row = 26;
        int height = Math.max(row, values.size() * row) + 10;
        StringBuilder svg = open(id, title, height);
        int y = 5;
        for (Map.Entry<String, Figure> entry : values.entrySet()) {
            double length = length(entry.getValue(), max, WIDTH - 260);
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"label\">%s</text>", y + 17,
                    escape(shortLabel(entry.getKey()))));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"190\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\" data-label=\"%s\" data-value=\"%s\"/>",
                    y + 2, length, PALETTE[0], escape(entry.getKey()), escape(String.valueOf(entry.getValue()))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>",
                    196 + length, y + 17, escape(String.valueOf(entry.getValue()))));
            y += row;
        }
        return close(svg);
    }

    /** Vertical bars by month (Figs 1.1-1.3). */
    static String columns(String id, String title, Row columns) {
        Map<String, Figure> values = columns.figures();
        double max = max(values.values());
        int height = 220;
        StringBuilder svg = open(id, title, height);
        double slot = (double) WIDTH / Math.max(1, values.size());
        int i = 0;
        for (Map.Entry<String, Figure> entry : values.entrySet()) {
            double h = length(entry.getValue(), max, height - 60);
            double x = i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" data-label=\"%s\" data-value=\"%s\"/>",
                    x, height - 30 - h, slot * 0.7, h, PALETTE[1], escape(entry.getKey()),
                    escape(String.valueOf(entry.getValue()))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"value\" text-anchor=\"middle\">%s</text>",
                    x + slot * 0.35, height - 34 - h, escape(String.valueOf(entry.getValue()))));
            String key = entry.getKey();
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"label\" text-anchor=\"middle\">%s</text>",
                    x + slot * 0.35, height - 12, escape(key.length() > 3 ? key.substring(key.length() - 2) : key)));
            i++;
        }
        return close(svg);
    }

    /** One stacked bar per row, split by the inner keys (gender splits, escalation outcomes). */
    static String stacked(String id, String title, Table table, List<String> parts) {
        Map<String, Row> rows = table.rows();
        double max = 0;
        for (Row row : rows.values()) {
            max = Math.max(max, parts.stream().mapToDouble(p -> number(row.get(p))).sum());
        }
        int rowHeight = 26;
        int height = rows.size() * rowHeight + 40;
        StringBuilder svg = open(id, title, height);
        int y = 5;
        for (Map.Entry<String, Row> row : rows.entrySet()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"label\">%s</text>", y + 17,
                    escape(shortLabel(row.getKey()))));
            double x = 190;
            for (int p = 0; p < parts.size(); p++) {
                Figure value = row.getValue().get(parts.get(p));
                double w = length(value, max, WIDTH - 250);
                if (w > 0) {
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\" data-label=\"%s/%s\" "
                                    + "data-value=\"%s\"><title>%s %s: %s</title></rect>",
                            x, y + 2, w, PALETTE[p % PALETTE.length], escape(row.getKey()), escape(parts.get(p)),
                            escape(String.valueOf(value)), escape(label(row.getKey())), escape(label(parts.get(p))),
                            escape(String.valueOf(value))));
                    x += w;
                }
            }
            y += rowHeight;
        }
        int legendX = 0;
        for (int p = 0; p < parts.size(); p++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", legendX, y + 12,
                    PALETTE[p % PALETTE.length], legendX + 14, y + 21, escape(label(parts.get(p)))));
            legendX += 14 + 8 * label(parts.get(p)).length() + 12;
        }
        return close(svg);
    }

    static String table(String id, String title, Table rows, List<String> columns) {
        StringBuilder html = new StringBuilder("<figure data-chart=\"" + id + "\"><figcaption>" + escape(title)
                + "</figcaption><table><thead><tr><th></th>");
        columns.forEach(c -> html.append("<th>").append(escape(label(c))).append("</th>"));
        html.append("</tr></thead><tbody>");
        rows.rows().forEach((key, row) -> {
            html.append("<tr><th>").append(escape(label(key))).append("</th>");
            for (String column : columns) {
                Figure value = row.get(column);
                html.append("<td data-label=\"").append(escape(key + "/" + column)).append("\" data-value=\"")
                        .append(escape(String.valueOf(value))).append("\">")
                        .append(value == null || value.isZeroCount() ? "" : escape(String.valueOf(value)))
                        .append("</td>");
            }
            html.append("</tr>");
        });
        return html.append("</tbody></table></figure>").toString();
    }


    static String label(String key) {
        // ENUM_NAMES and camelCaseKeys both read as words
        String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Labels beside bars have 190 px: long ones are cut, the full name stays in data-label. */
    private static String shortLabel(String key) {
        String label = label(key);
        return label.length() > 22 ? label.substring(0, 21) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static StringBuilder open(String id, String title, int height) {
        return new StringBuilder("<figure data-chart=\"" + id + "\"><figcaption>" + escape(title) + "</figcaption>"
                + "<svg viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-label=\"" + escape(title)
                + "\" preserveAspectRatio=\"xMinYMin meet\">");
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg></figure>").toString();
    }

    private static double max(Iterable<Figure> values) {
        double max = 0;
        for (Figure value : values) {
            max = Math.max(max, number(value));
        }
        return max;
    }

    /** A suppressed "<5" is drawn as a stub of 2 % of the scale: visible, but not measurable. */
    private static double length(Figure value, double max, double full) {
        if (value == null || !value.isNumber()) {
            return value == null ? 0 : full * 0.02;
        }
        return max == 0 ? 0 : number(value) / max * full;
    }

    private static double number(Figure value) {
        return value == null ? 0 : value.number();
    }
}
