package org.iowscb.learningloop.platform.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Checks what a person submitted (a start form, a task form, a REST call) and rejects it with
 * every problem in one sentence a person understands. Used from start and complete listeners:
 * the rejection rolls back the whole command, so nothing is half-written, and Camunda's REST API
 * answers it with 400 and the message (Tasklist shows it on the form).
 */
public final class InputCheck {

    /**
     * The most a narrative (a summary, reasons, findings: what a form shows as a text area) may
     * hold. Texts over 4,000 characters are stored as bytes (engine/LongTextSerializer), so the
     * engine and PostgreSQL take them whole.
     */
    public static final int MAX_NARRATIVE = 20_000;

    private final VariableScope scope;
    private final List<String> problems = new ArrayList<>();

    private InputCheck(VariableScope scope) {
        this.scope = scope;
    }

    public static InputCheck of(VariableScope scope) {
        return new InputCheck(scope);
    }

    public InputCheck required(ProcessVariable<?> variable) {
        if (read(variable) == null && !hasProblemWith(variable)) {
            problems.add(variable.name() + " is required");
        }
        return this;
    }

    public InputCheck requiredText(ProcessVariable<String> variable, int maxLength) {
        String text = (String) read(variable);
        if (text == null || text.isBlank()) {
            if (!hasProblemWith(variable)) {
                problems.add(variable.name() + " is required");
            }
            return this;
        }
        return optionalText(variable, maxLength);
    }

    public InputCheck optionalText(ProcessVariable<String> variable, int maxLength) {
        String text = (String) read(variable);
        if (text != null && text.length() > maxLength) {
            problems.add(variable.name() + " is " + text.length() + " characters long; at most " + maxLength
                + " are accepted");
        }
        return this;
    }

    /** A required ISO date ({@code yyyy-MM-dd}) strictly after {@code limit}. */
    public InputCheck dateAfter(ProcessVariable<String> variable, LocalDate limit, String rule) {
        LocalDate date = date(variable);
        if (date != null && !date.isAfter(limit)) {
            problems.add(rule + " (" + variable.name() + " is " + date + ")");
        }
        return this;
    }

    /** A required ISO date ({@code yyyy-MM-dd}) on or before {@code limit}. */
    public InputCheck dateNotAfter(ProcessVariable<String> variable, LocalDate limit, String rule) {
        LocalDate date = date(variable);
        if (date != null && date.isAfter(limit)) {
            problems.add(rule + " (" + variable.name() + " is " + date + ")");
        }
        return this;
    }

    /** A whole number within bounds. */
    public InputCheck between(ProcessVariable<Long> variable, long min, long max, String rule) {
        Object value = read(variable);
        if (value instanceof Long number && (number < min || number > max)) {
            problems.add(rule + " (" + variable.name() + " is " + number + ")");
        }
        return this;
    }

    /** A required list with at least one value, each passing {@code valid}. */
    public InputCheck requiredList(StringListVariable variable, java.util.function.Predicate<String> valid,
                                   String what) {
        List<String> values;
        try {
            values = variable.from(scope);
        } catch (IllegalArgumentException wrongType) {
            problems.add(variable.name() + " must be a list of " + what);
            return this;
        }
        if (values.isEmpty()) {
            problems.add(variable.name() + " needs at least one " + what);
        }
        values.stream().filter(valid.negate()).forEach(value -> problems.add(variable.name() + ": '" + value
            + "' is not a known " + what));
        return this;
    }

    /**
     * The rule of every accept-or-return task: the decision is required, and a return needs
     * reasons the people it goes back to can act on. {@link #returned} tells which it was.
     */
    public InputCheck acceptedOrReturnedWith(ProcessVariable<Boolean> accepted, ProcessVariable<String> reasons,
                                             int maxReasons) {
        required(accepted);
        return returned(scope, accepted) ? requiredText(reasons, maxReasons) : optionalText(reasons, maxReasons);
    }

    /** True when the decision {@code accepted} was a return (false), not when it is missing. */
    public static boolean returned(VariableScope scope, ProcessVariable<Boolean> accepted) {
        return Boolean.FALSE.equals(scope.getVariable(accepted.name()));
    }

    /**
     * One value chosen from a list, such as one agency's group id: required, and known to
     * {@code known}. The rule of every field that names a single agency.
     */
    public InputCheck requiredOneOf(ProcessVariable<String> variable, java.util.function.Predicate<String> known,
                                    String what) {
        Object value = scope.getVariable(variable.name());
        String chosen = value instanceof String text ? text.trim() : null;
        if (value != null && chosen == null) {
            return check(false, variable.name() + " must be one " + what);
        }
        if (chosen == null || chosen.isEmpty()) {
            return check(hasProblemWith(variable), variable.name() + " is required");
        }
        return check(known.test(chosen), variable.name() + ": '" + chosen + "' is not a known " + what);
    }

    /** A rule of the caller's own. */
    public InputCheck check(boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
        return this;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Throws {@link RejectedInputException} when any check failed. */
    public void orReject() {
        if (!problems.isEmpty()) {
            throw new RejectedInputException(problems);
        }
    }

    private LocalDate date(ProcessVariable<String> variable) {
        Object value = read(variable);
        if (value == null) {
            if (!hasProblemWith(variable)) {
                problems.add(variable.name() + " is required");
            }
            return null;
        }
        try {
            return LocalDate.parse((String) value);
        } catch (DateTimeParseException e) {
            problems.add(variable.name() + " must be a date written yyyy-MM-dd, not '" + value + "'");
            return null;
        }
    }

    private boolean hasProblemWith(ProcessVariable<?> variable) {
        return problems.stream().anyMatch(p -> p.startsWith(variable.name() + " "));
    }

    private Object read(ProcessVariable<?> variable) {
        try {
            return variable.from(scope).orElse(null);
        } catch (IllegalArgumentException wrongType) {
            if (!hasProblemWith(variable)) {
                problems.add(variable.name() + " must be " + describe(variable.type()));
            }
            return null;
        }
    }

    private static String describe(Class<?> type) {
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == Long.class) {
            return "a whole number";
        }
        return "text";
    }
}
