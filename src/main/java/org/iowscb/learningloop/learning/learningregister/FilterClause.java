package org.iowscb.learningloop.learning.learningregister;

import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The where clause of a register query built from a filter: one condition for each value the
 * filter gives, with the value as its named parameter. A value the filter leaves out adds nothing.
 */
final class FilterClause {

    private final StringBuilder where = new StringBuilder("where 1 = 1");
    private final MapSqlParameterSource parameters;

    FilterClause(MapSqlParameterSource parameters) {
        this.parameters = parameters;
    }

    /** {@code condition} (naming {@code :name}) where the filter gives {@code value}. */
    FilterClause and(String condition, String name, Object value) {
        return and(condition, name, value, Function.identity());
    }

    /** {@code condition} (naming {@code :name}) where the filter gives {@code value}, as {@code parameter} turns it. */
    <T> FilterClause and(String condition, String name, T value, Function<T, Object> parameter) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.addValue(name, parameter.apply(value));
        }
        return this;
    }

    /** {@code condition} as it is, its parameters given already. */
    FilterClause and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    MapSqlParameterSource parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return where.toString();
    }
}
