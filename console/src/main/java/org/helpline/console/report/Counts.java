package org.helpline.console.report;

import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A flat section of the report, or one line of a table: figures by label (a category, a gender, a month...), in
 * the report's order.
 */
public record Counts(List<Count> counts) implements SectionValue {

    /** One labelled figure. */
    public record Count(String label, Figure figure) {
    }

    public Counts {
        counts = List.copyOf(counts);
    }

    /** Read from the JSON object of the section, whose properties keep the report's order. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Counts of(LinkedHashMap<String, Figure> byLabel) {
        return new Counts(byLabel.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
    }

    /** The figure of that label, or null when the row has none. */
    public Figure get(String label) {
        return counts.stream().filter(c -> c.label().equals(label)).map(Count::figure).findFirst().orElse(null);
    }

    public List<String> labels() {
        return counts.stream().map(Count::label).toList();
    }

    @Override
    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
