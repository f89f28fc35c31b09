package org.helpline.console.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.helpline.console.language.Language;
import org.helpline.console.language.Texts;
import org.helpline.console.report.ReportPage.Bar;
import org.helpline.console.report.ReportPage.Cell;
import org.helpline.console.report.ReportPage.Drawing;
import org.helpline.console.report.ReportPage.LegendEntry;
import org.helpline.console.report.ReportPage.Mark;
import org.helpline.console.report.ReportPage.SectionView;
import org.helpline.console.report.ReportPage.Shown;
import org.helpline.console.report.ReportPage.TableRow;
import org.helpline.console.report.ReportPage.TableView;
import org.helpline.console.report.ReportPage.Text;

/**
 * Lays out the report's charts for one language: where each bar goes and how long it is, labels in the page's
 * language, everything mirrored on a right-to-left page. Only numbers and words come out of here: the templates
 * write the SVG and the HTML. A suppressed count ("<5") is drawn as a stub of 2 % of the scale: seen, not measured.
 */
final class ReportCharts {

    /** The width of every chart's viewBox; the page scales it to the screen. */
    static final int WIDTH = 640;
    private static final int LABELS = 200;
    private static final int ROW = 26;
    private static final int COLUMNS_HEIGHT = 220;
    private static final int COLOURS = 9;
    private static final int LONGEST_LABEL = 26;
    private static final String ISOLATE = "\u2068";
    private static final String END_OF_ISOLATE = "\u2069";

    private final Language language;
    private final boolean rightToLeft;

    ReportCharts(Language language) {
        this.language = language;
        this.rightToLeft = "rtl".equals(language.direction());
    }

    List<SectionView> sections(Report report) {
        List<SectionView> views = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            views.add(view(section, section.of(report)));
        }
        return views;
    }

    SectionView view(ReportSection section, SectionValue value) {
        String title = text(section.titleKey());
        if (value == null || value.isEmpty()) {
            return new SectionView(section.key(), title, Shown.NOTHING_YET, List.of(), null, List.of(), null, null);
        }
        return switch (section.chart()) {
            case FIGURES -> new SectionView(section.key(), title, Shown.FIGURES, figures(section, (Counts) value), null,
                    List.of(), null, null);
            case COLUMNS -> chart(section, title, columns((Counts) value), List.of(), null);
            case BARS -> chart(section, title, bars(section, (Counts) value), List.of(), null);
            case STACKED -> chart(section, title, stacked(section, (CountTable) value), legend(section),
                    section.hasRates() ? table(section.key() + "Rates", text(section.titleKey() + "Rates"), section,
                            (CountTable) value, ReportSection.ESCALATION_RATES) : null);
            case TABLE -> new SectionView(section.key(), title, Shown.TABLE, List.of(), null, List.of(),
                    table(section.key(), title, section, value instanceof CountTable table ? table
                            : new CountTable(List.of(new CountTable.CountRow("META", (Counts) value))),
                            section.columns()), null);
        };
    }

    private static SectionView chart(ReportSection section, String title, Drawing drawing, List<LegendEntry> legend,
            TableView rates) {
        return new SectionView(section.key(), title, Shown.CHART, List.of(), drawing, legend, null, rates);
    }

    private List<Mark> figures(ReportSection section, Counts counts) {
        return counts.counts().stream()
                .map(c -> new Mark(c.label(), label(section.rows(), c.label()), c.figure().shown(), inWords(c.figure())))
                .toList();
    }

    /** Horizontal bars, one per label, in the report's order. */
    private Drawing bars(ReportSection section, Counts counts) {
        double max = max(counts);
        double full = WIDTH - LABELS - 70;
        List<Bar> bars = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        int y = 5;
        for (Counts.Count count : counts.counts()) {
            double length = length(count.figure(), max, full);
            String label = label(section.rows(), count.label());
            texts.add(label(0, y + 17, shortened(label)));
            bars.add(bar(LABELS, y + 2, length, 20, 0, count.label(), count.figure(), label));
            texts.add(number(LABELS + 6 + length, y + 17, inWords(count.figure())));
            y += ROW;
        }
        return new Drawing(Math.max(ROW, counts.counts().size() * ROW) + 10, bars, texts);
    }

    /** Vertical bars, one per month, numbered. */
    private Drawing columns(Counts counts) {
        double max = max(counts);
        double slot = (double) WIDTH / Math.max(1, counts.counts().size());
        List<Bar> bars = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        int i = 0;
        for (Counts.Count count : counts.counts()) {
            double height = length(count.figure(), max, COLUMNS_HEIGHT - 60);
            double x = i * slot + slot * 0.15;
            String key = ReportSection.CASES_BY_MONTH.rows().keyOf(count.label());
            bars.add(bar(x, COLUMNS_HEIGHT - 30 - height, slot * 0.7, height, 1, count.label(), count.figure(),
                    key == null ? count.label() : text(key)));
            texts.add(centred(x + slot * 0.35, COLUMNS_HEIGHT - 34 - height, "value", inWords(count.figure())));
            String label = count.label();
            texts.add(centred(x + slot * 0.35, COLUMNS_HEIGHT - 12, "month",
                    label.length() > 3 ? label.substring(label.length() - 2) : label));
            i++;
        }
        return new Drawing(COLUMNS_HEIGHT, bars, texts);
    }

    /** One stacked bar per row, split by the section's parts (gender splits, escalation outcomes). */
    private Drawing stacked(ReportSection section, CountTable table) {
        List<String> parts = section.columns();
        double max = 0;
        for (CountTable.CountRow row : table.rows()) {
            max = Math.max(max, parts.stream().mapToDouble(p -> number(row.counts().get(p))).sum());
        }
        double full = WIDTH - LABELS - 20;
        List<Bar> bars = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        int y = 5;
        for (CountTable.CountRow row : table.rows()) {
            String rowText = label(section.rows(), row.label());
            texts.add(label(0, y + 17, shortened(rowText)));
            double x = LABELS;
            for (int p = 0; p < parts.size(); p++) {
                Figure figure = row.counts().get(parts.get(p));
                double width = length(figure, max, full);
                if (width > 0) {
                    bars.add(bar(x, y + 2, width, 20, p, row.label() + "/" + parts.get(p), figure,
                            rowText + ", " + label(section.columnLabels(), parts.get(p))));
                    x += width;
                }
            }
            y += ROW;
        }
        return new Drawing(table.rows().size() * ROW + 10, bars, texts);
    }

    private List<LegendEntry> legend(ReportSection section) {
        List<LegendEntry> legend = new ArrayList<>();
        for (int p = 0; p < section.columns().size(); p++) {
            legend.add(new LegendEntry(colour(p), label(section.columnLabels(), section.columns().get(p))));
        }
        return legend;
    }

    /** A table of the given columns; a zero count's cell is left empty, as in the printed report. */
    private TableView table(String id, String title, ReportSection section, CountTable table, List<String> columns) {
        List<String> headings = columns.stream().map(c -> label(section.columnLabels(), c)).toList();
        List<TableRow> rows = new ArrayList<>();
        for (CountTable.CountRow row : table.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (String column : columns) {
                Figure figure = row.counts().get(column);
                String value = figure == null ? "null" : figure.shown();
                cells.add(new Cell(row.label() + "/" + column, value,
                        figure == null || figure.isZeroCount() ? "" : inWords(figure)));
            }
            rows.add(new TableRow(label(section.rows(), row.label()), cells));
        }
        return new TableView(id, title, headings, rows);
    }

    /**
     * The label's text in the page's language; a name that is data (a city, a wing) as it is, isolated (FSI…PDI, as
     * {@code <bdi>} does in HTML, which SVG text cannot hold) so that a Latin name reads right on an Urdu page.
     */
    String label(LabelSet labels, String label) {
        String key = labels.keyOf(label);
        return key == null ? ISOLATE + label + END_OF_ISOLATE : text(key);
    }

    private String text(String key) {
        return Texts.of(language, key);
    }

    /** Labels beside bars have 200 of the 640: a long one is cut (the whole one is the bar's tooltip). */
    private static String shortened(String label) {
        if (label.startsWith(ISOLATE) && label.endsWith(END_OF_ISOLATE)) {
            return ISOLATE + shortened(label.substring(1, label.length() - 1)) + END_OF_ISOLATE;
        }
        return label.length() > LONGEST_LABEL ? label.substring(0, LONGEST_LABEL - 1) + "…" : label;
    }

    private Bar bar(double x, double y, double width, double height, int colour, String label, Figure figure,
            String title) {
        return new Bar(coordinate(mirrored(x, width)), coordinate(y), coordinate(width), coordinate(height),
                colour(colour), label, figure.shown(), title, inWords(figure));
    }

    /** A figure as the page's text says it: a withheld one in the page's language, the others as analytics wrote them. */
    private String inWords(Figure figure) {
        return figure.kind() == Figure.Kind.WITHHELD ? text("report_withheld") : figure.shown();
    }

    /** A label: its start (the left, or the right on a right-to-left page) at x. */
    private Text label(double x, double y, String text) {
        return new Text(coordinate(mirrored(x, 0)), coordinate(y), "label", "start", text);
    }

    /** A number beside its bar, left to right, on the bar's far side. */
    private Text number(double x, double y, String text) {
        return new Text(coordinate(mirrored(x, 0)), coordinate(y), "value", rightToLeft ? "end" : "start", text);
    }

    private Text centred(double x, double y, String kind, String text) {
        return new Text(coordinate(mirrored(x, 0)), coordinate(y), kind, "middle", text);
    }

    /** On a right-to-left page the charts mirror: what starts at x from the left starts at x from the right. */
    private double mirrored(double x, double width) {
        return rightToLeft ? WIDTH - x - width : x;
    }

    private static String colour(int index) {
        return "c" + index % COLOURS;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static double max(Counts counts) {
        return counts.counts().stream().mapToDouble(c -> number(c.figure())).max().orElse(0);
    }

    private static double length(Figure figure, double max, double full) {
        if (figure == null) {
            return 0;
        }
        if (figure.kind() == Figure.Kind.SMALL || figure.kind() == Figure.Kind.WITHHELD) {
            return full * 0.02;
        }
        return max == 0 ? 0 : figure.number() / max * full;
    }

    private static double number(Figure figure) {
        return figure == null ? 0 : figure.number();
    }
}
