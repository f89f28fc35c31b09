package org.helpline.platform.sql;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Query;

/**
 * One row of a native query, read by column position with the type the column is meant to hold, so that
 * callers do not cast {@code Object[]} cells themselves (which Java type a {@code count(*)} or a
 * {@code timestamptz} arrives as depends on the driver; see {@link NativeValues}).
 */
public final class NativeRow {

    private final Object[] columns;

    private NativeRow(Object[] columns) {
        this.columns = columns;
    }

    /** Every row of the query; a query of one column gives rows of one column. */
    public static List<NativeRow> all(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(NativeRow::of).toList();
    }

    /** The one row of the query (an aggregate without {@code group by}). */
    public static NativeRow single(Query query) {
        return of(query.getSingleResult());
    }

    private static NativeRow of(Object row) {
        return new NativeRow(row instanceof Object[] cells ? cells : new Object[] {row});
    }

    public int size() {
        return columns.length;
    }

    /** A count or other integer column; SQL null reads as 0. */
    public long count(int column) {
        Object value = columns[column];
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A text column, or null. */
    public String text(int column) {
        Object value = columns[column];
        return value == null ? null : value.toString();
    }

    /** A boolean column, or null. */
    public Boolean flag(int column) {
        return (Boolean) columns[column];
    }

    /** A {@code timestamptz} column, or null. */
    public Instant instant(int column) {
        return NativeValues.instant(columns[column]);
    }
}
