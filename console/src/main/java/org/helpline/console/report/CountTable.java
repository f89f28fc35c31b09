package org.helpline.console.report;

import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A two-dimensional section (gender splits, per-platform figures): rows by label, in the report's order. */
public record CountTable(List<CountRow> rows) implements SectionValue {

    /** One labelled row of the table. */
    public record CountRow(String label, Counts counts) {
    }

    public CountTable {
        rows = List.copyOf(rows);
    }

    /** Read from the JSON object of the section, whose properties keep the report's order. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CountTable of(LinkedHashMap<String, Counts> byLabel) {
        return new CountTable(byLabel.entrySet().stream().map(e -> new CountRow(e.getKey(), e.getValue())).toList());
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
