package org.helpline.analytics.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** A two-dimensional section (gender splits, per-platform figures): rows by label, in the report's order. */
@Schema(type = SchemaType.OBJECT, additionalProperties = Row.class,
        description = "Rows by label (a complaint type, a platform, a referral target...), in the report's order")
public final class Table extends ByLabel<Row> implements SectionValue {

    private Table(Map<String, Row> rows) {
        super(rows);
    }

    static Builder builder() {
        return new Builder(List.of());
    }

    /** A table whose every row starts with these labels at 0. */
    static Builder withZeros(Collection<String> labels) {
        return new Builder(labels);
    }

    @JsonValue
    public Map<String, Row> rows() {
        return byLabel();
    }

    /** Each row suppressed by itself (see {@link Row#suppressed()}). */
    @Override
    public Table suppressed() {
        Map<String, Row> out = new LinkedHashMap<>();
        rows().forEach((label, row) -> out.put(label, row.suppressed()));
        return new Table(out);
    }

    /**
     * One column per label that any row has, in the order first seen; a row without it has an empty
     * cell. An empty table is the header of a flat section, as a spreadsheet cannot tell them apart.
     */
    @Override
    public String csv(String section) {
        if (isEmpty()) {
            return Row.builder().build().csv(section);
        }
        Set<String> columns = new LinkedHashSet<>();
        rows().values().forEach(row -> columns.addAll(row.figures().keySet()));
        List<String> header = new ArrayList<>();
        header.add(section);
        header.addAll(columns);
        StringBuilder csv = Csv.line(new StringBuilder(), header);
        rows().forEach((label, row) -> {
            List<String> cells = new ArrayList<>();
            cells.add(Csv.cell(label));
            for (String column : columns) {
                Figure figure = row.get(column);
                cells.add(figure == null ? "" : Csv.cell(figure.toString()));
            }
            Csv.line(csv, cells);
        });
        return csv.toString();
    }

    static final class Builder {

        private final List<String> zeros;
        private final Map<String, Row.Builder> rows = new LinkedHashMap<>();

        private Builder(Collection<String> zeros) {
            this.zeros = List.copyOf(zeros);
        }

        /** The row of that label, added (with the zeros) the first time it is asked for. */
        Row.Builder row(String label) {
            return rows.computeIfAbsent(label, l -> Row.builder().zeros(zeros));
        }

        Table build() {
            Map<String, Row> built = new LinkedHashMap<>();
            rows.forEach((label, row) -> built.put(label, row.build()));
            return new Table(built);
        }
    }
}
