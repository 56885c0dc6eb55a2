package org.iowscb.learningloop.learning.learningregister;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query parameters and collects every problem with them, so the caller is told all that
 * is wrong in one 400 ("Please correct: ...") rather than one thing at a time.
 */
final class Problems {

    private final List<String> problems = new ArrayList<>();

    /** The trimmed value, or null when absent or blank (an empty form field filters nothing). */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    void add(String problem) {
        problems.add(problem);
    }

    /** An ISO date ({@code yyyy-MM-dd}), or null when absent or not a date (noted). */
    LocalDate date(String name, String value) {
        String given = given(value);
        if (given == null) {
            return null;
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            add(name + " '" + given + "' is not a date: write it as yyyy-MM-dd, for example 2026-03-31");
            return null;
        }
    }

    /** A value of an enum, any case, or null when absent or unknown (noted, with the values there are). */
    <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        String given = given(value);
        if (given == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, given.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            add(name + " '" + given + "' is unknown; it is one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** {@code true} or {@code false}, or null when absent or neither (noted). */
    Boolean yesNo(String name, String value) {
        String given = given(value);
        if (given == null) {
            return null;
        }
        if (given.equalsIgnoreCase("true") || given.equalsIgnoreCase("false")) {
            return Boolean.valueOf(given);
        }
        add(name + " '" + given + "' must be true or false");
        return null;
    }

    void dateOrder(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            add("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Refuses the request with every problem noted, if any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw RegisterRequestException.badRequest(problems);
        }
    }
}
