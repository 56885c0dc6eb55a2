package org.iowscb.learningloop.platform.process;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A constant of an enum whose values a form offers: the value the form submits and the label a
 * person reads. The value is the constant's name in lower case with hyphens
 * ({@code REQUIRES_IMPROVEMENT} submits {@code requires-improvement}), so an enum declares its
 * labels alone and finds its constants by value with {@link #of}.
 */
public interface FormOption {

    /** The constant's name (an enum's own). */
    String name();

    /** What a person reads. */
    String label();

    /** What the form submits and the tables store. */
    default String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} whose value is {@code value}, if there is one. */
    static <E extends Enum<E> & FormOption> Optional<E> of(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(option -> option.value().equals(value)).findFirst();
    }

    /** The values of {@code type}, for a message: {@code met, partially-met or not-met}. */
    static <E extends Enum<E> & FormOption> String choices(Class<E> type) {
        List<String> all = Arrays.stream(type.getEnumConstants()).map(FormOption::value).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
