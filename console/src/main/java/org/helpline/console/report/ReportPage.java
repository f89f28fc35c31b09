package org.helpline.console.report;

import java.util.List;

import org.helpline.console.page.Frame;

/**
 * The report page's model: the period and variant shown, the links to the other periods and variants, and every
 * section as it is drawn (charts as shapes whose places are computed here; the templates write the SVG and HTML).
 *
 * @param month the month shown (1 to 12), or 0 for the whole year
 */
public record ReportPage(Frame frame, int year, int month, boolean publishable, List<SectionView> sections) {

    /** What the template draws of a section. */
    public enum Shown {
        FIGURES,
        CHART,
        TABLE,
        NOTHING_YET
    }

    /**
     * A section as drawn: its title (in the page's language), and one of the big figures, an SVG chart (with a
     * legend for stacked parts, and a table of rates beside it), or a table.
     */
    public record SectionView(String id, String title, Shown shown, List<Mark> figures, Drawing drawing,
            List<LegendEntry> legend, TableView table, TableView rates) {
    }

    /**
     * One of the big figures: the label (raw, for {@code data-label}), its text, the figure as analytics wrote it
     * ({@code data-value}) and as the page's language says it.
     */
    public record Mark(String label, String text, String value, String shown) {
    }

    /** An SVG chart 640 wide: its height, the bars (each with data-label and data-value) and the texts. */
    public record Drawing(int height, List<Bar> bars, List<Text> texts) {
    }

    /**
     * A bar: its place (already mirrored on a right-to-left page), its colour class, what it stands for
     * ({@code data-label}, {@code data-value}), its tooltip and the figure as the tooltip says it.
     */
    public record Bar(String x, String y, String width, String height, String colour, String label, String value,
            String title, String shown) {
    }

    /**
     * A text of a chart: a {@code label} (in the page's direction), or a {@code value} or a {@code month} number
     * (report.css writes them left to right, so that "<5" is not mirrored into "5>"); its anchor is meant in its own
     * direction.
     */
    public record Text(String x, String y, String kind, String anchor, String text) {
    }

    public record LegendEntry(String colour, String text) {
    }

    /** A table: its id ({@code data-chart}), caption, column headings and rows. */
    public record TableView(String id, String title, List<String> headings, List<TableRow> rows) {
    }

    public record TableRow(String text, List<Cell> cells) {
    }

    /** A cell: {@code data-label} "row/column", {@code data-value} the JSON's figure, and what it shows. */
    public record Cell(String label, String value, String shown) {
    }

    /** A link to another period or variant: where, the text's key, and whether it is the one shown. */
    public record PeriodLink(String href, String textKey, boolean current) {
    }

    /** The whole year, then each of its months, in the variant shown. */
    public List<PeriodLink> periods() {
        List<PeriodLink> links = new java.util.ArrayList<>();
        links.add(new PeriodLink(link(0, publishable), "report_whole_year", month == 0));
        for (int m = 1; m <= 12; m++) {
            links.add(new PeriodLink(link(m, publishable), LabelSet.monthKey(m), month == m));
        }
        return links;
    }

    /** The same period in the other variant (internal figures, or publishable ones). */
    public String otherVariant() {
        return link(month, !publishable);
    }

    /** The month's name's key (only when a month is shown). */
    public String monthKey() {
        return LabelSet.monthKey(Math.max(1, month));
    }

    private String link(int m, boolean publishableVariant) {
        String query = (m == 0 ? "" : "month=" + year + "-" + String.format("%02d", m))
                + (publishableVariant ? (m == 0 ? "" : "&") + "public=true" : "");
        return "/reports/" + year + (query.isEmpty() ? "" : "?" + query);
    }
}
