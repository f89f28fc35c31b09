package org.helpline.platform.sql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /** The first row of the query, if it has any (a lookup by key). */
    public static Optional<NativeRow> first(Query query) {
        return query.setMaxResults(1).getResultList().stream().findFirst().map(NativeRow::of);
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

    /** An {@code int}-sized column ({@code integer}, {@code smallint}, a small count); SQL null reads as 0. */
    public int integer(int column) {
        return Math.toIntExact(count(column));
    }

    /** A nullable {@code int}-sized column (a distance not known, ...), or null. */
    public Integer integerOrNull(int column) {
        return columns[column] == null ? null : integer(column);
    }

    /** A {@code double precision} or {@code numeric} column (a median, a ratio), or null. */
    public Double decimal(int column) {
        Object value = columns[column];
        return value == null ? null : ((Number) value).doubleValue();
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

    /** A {@code uuid} column, or null. */
    public UUID uuid(int column) {
        Object value = columns[column];
        return value == null || value instanceof UUID ? (UUID) value : UUID.fromString(value.toString());
    }

    /** A {@code bytea} column, or null. */
    public byte[] bytes(int column) {
        return (byte[]) columns[column];
    }

    /** A text column holding one of a vocabulary's names, or null. */
    public <E extends Enum<E>> E value(int column, Class<E> vocabulary) {
        String name = text(column);
        return name == null ? null : Enum.valueOf(vocabulary, name);
    }
}
