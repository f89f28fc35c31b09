package org.helpline.platform.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

import jakarta.persistence.Query;

/**
 * The where clause of a listing whose filters are each optional: an absent value adds no condition.
 * Columns and predicates come from the code, values only ever as positional parameters.
 */
public final class SqlFilter {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    public SqlFilter() {
    }

    /**
     * A filter after the parameters the select itself uses ({@code ?1} … {@code ?n}, in this order): the filter's
     * own are numbered after them, and {@link #bind} binds them all.
     */
    public SqlFilter(Object... selectParameters) {
        parameters.addAll(List.of(selectParameters));
    }

    /** {@code column = value}, unless value is null. Enums are compared by name. */
    public SqlFilter equal(String column, Object value) {
        if (value != null) {
            parameters.add(value instanceof Enum<?> e ? e.name() : value);
            where.append(" and ").append(column).append(" = ?").append(parameters.size());
        }
        return this;
    }

    /**
     * {@code column in (values…)}, unless there are none: one positional parameter a value, so that the plan does not
     * depend on an array type the driver may bind differently.
     */
    public SqlFilter in(String column, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            StringJoiner placeholders = new StringJoiner(", ", " and " + column + " in (", ")");
            for (Object value : values) {
                parameters.add(value instanceof Enum<?> e ? e.name() : value);
                placeholders.add("?" + parameters.size());
            }
            where.append(placeholders);
        }
        return this;
    }

    /** A fixed predicate, when {@code condition} holds. */
    public SqlFilter when(boolean condition, String predicate) {
        if (condition) {
            where.append(" and ").append(predicate);
        }
        return this;
    }

    /** The clause, starting with " where". */
    public String where() {
        return where.toString();
    }

    public Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
