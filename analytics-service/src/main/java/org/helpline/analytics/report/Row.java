package org.helpline.analytics.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** A flat section, or one line of a table: figures by label, in the report's order. */
@Schema(type = SchemaType.OBJECT, additionalProperties = Figure.class,
        description = "Figures by label (a category, a gender, a month...), in the report's order")
public final class Row extends ByLabel<Figure> implements SectionValue {

    /** The label of a row's sum of its other cells: never suppressed as a lone cell, never taken with one. */
    static final String TOTAL = "total";

    private Row(Map<String, Figure> figures) {
        super(figures);
    }

    static Builder builder() {
        return new Builder();
    }

    @JsonValue
    public Map<String, Figure> figures() {
        return byLabel();
    }

    /** The figure of that label, or null when the row has none. */
    public Figure get(String label) {
        return figures().get(label);
    }

    public List<String> labels() {
        return List.copyOf(figures().keySet());
    }

    /**
     * The publishable variant: a count of 1 to 4 is shown as "<5" (small-cell suppression), so that no
     * survivor can be singled out by crossing rare attributes. A rate computed from a suppressed count
     * would give the count away, so it is withheld too; and where the row has exactly one suppressed cell,
     * its total or the other sections would give that cell away by subtraction, so the next-smallest count
     * of the row is withheld with it (complementary suppression). Across rows (a column's sum against
     * another section) cells are not yet protected this way.
     */
    @Override
    public Row suppressed() {
        Map<String, Figure> out = new LinkedHashMap<>();
        int suppressed = 0;
        for (Map.Entry<String, Figure> cell : figures().entrySet()) {
            Figure figure = cell.getValue().suppressed();
            if (figure.isSmall() && !TOTAL.equals(cell.getKey())) {
                suppressed++;
            }
            out.put(cell.getKey(), figure);
        }
        Figure total = out.get(TOTAL);
        if (suppressed > 0 || total != null && total.isSmall()) {
            out.replaceAll((label, figure) -> figure.isRate() ? Figure.WITHHELD : figure);
        }
        if (suppressed == 1) {
            withholdTheNextSmallest(out);
        }
        return new Row(out);
    }

    private static void withholdTheNextSmallest(Map<String, Figure> row) {
        String smallest = null;
        long least = Long.MAX_VALUE;
        for (Map.Entry<String, Figure> cell : row.entrySet()) {
            long n = cell.getValue().count();
            if (!TOTAL.equals(cell.getKey()) && cell.getValue().isCount() && n > 0 && n < least) {
                least = n;
                smallest = cell.getKey();
            }
        }
        if (smallest != null) {
            row.put(smallest, Figure.WITHHELD);
        }
    }

    /** {@code label,value} lines under a {@code section,value} header. */
    @Override
    public String csv(String section) {
        StringBuilder csv = Csv.line(new StringBuilder(), List.of(section, "value"));
        figures().forEach((label, figure) -> Csv.line(csv, List.of(Csv.cell(label), Csv.cell(figure.toString()))));
        return csv.toString();
    }

    /** Figures in the order they are first put; putting a label again replaces its figure in place. */
    static final class Builder {

        private final Map<String, Figure> figures = new LinkedHashMap<>();

        /** Labels that are present even when nothing was counted for them (every month, every band). */
        Builder zeros(Collection<String> labels) {
            labels.forEach(label -> figures.put(label, Figure.count(0)));
            return this;
        }

        Builder count(String label, long n) {
            figures.put(label, Figure.count(n));
            return this;
        }

        Builder add(String label, long n) {
            Figure before = figures.get(label);
            return count(label, before == null ? n : before.count() + n);
        }

        Builder put(String label, Figure figure) {
            figures.put(label, figure);
            return this;
        }

        Row build() {
            return new Row(new LinkedHashMap<>(figures));
        }
    }
}
