package org.iowscb.learningloop.platform.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Checks what a person submitted (a start form, a task form, a REST call) and rejects it with
 * every problem in one sentence a person understands. Used from start and complete listeners:
 * the rejection rolls back the whole command, so nothing is half-written, and Camunda's REST API
 * answers it with 400 and the message (Tasklist shows it on the form). Each problem names the field
 * by the label its form shows ({@link FormFields}): "Audit focus is required", not the variable's name.
 */
public final class InputCheck {

    /** How a date is written back to a person: 03/12/2026. */
    static final java.time.format.DateTimeFormatter UK_DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The most a narrative (a summary, reasons, findings: what a form shows as a text area) may
     * hold. Texts over 4,000 characters are stored as bytes (engine/LongTextSerializer), so the
     * engine and PostgreSQL take them whole.
     */
    public static final int MAX_NARRATIVE = 20_000;

    private final VariableScope scope;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> withProblems = new HashSet<>();

    private InputCheck(VariableScope scope) {
        this.scope = scope;
    }

    public static InputCheck of(VariableScope scope) {
        return new InputCheck(scope);
    }

    /** The field as a person reads it on its form, for a message of the caller's own. */
    public static String labelOf(ProcessVariable<?> variable) {
        return FormFields.deployed().labelOf(variable);
    }

    /** The same, for a list variable or a variable a caller knows only by name. */
    public static String labelOf(String variable) {
        return FormFields.deployed().labelOf(variable);
    }

    public InputCheck required(ProcessVariable<?> variable) {
        if (read(variable) == null && !hasProblemWith(variable)) {
            problem(variable.name(), labelOf(variable.name()) + " is required");
        }
        return this;
    }

    public InputCheck requiredText(ProcessVariable<String> variable, int maxLength) {
        String text = (String) read(variable);
        if (text == null || text.isBlank()) {
            if (!hasProblemWith(variable)) {
                problem(variable.name(), labelOf(variable.name()) + " is required");
            }
            return this;
        }
        return optionalText(variable, maxLength);
    }

    public InputCheck optionalText(ProcessVariable<String> variable, int maxLength) {
        String text = (String) read(variable);
        if (text != null && text.length() > maxLength) {
            problem(variable.name(), labelOf(variable.name()) + " is " + text.length() + " characters long; at most " + maxLength
                + " are accepted");
        }
        return this;
    }

    /** A required ISO date ({@code yyyy-MM-dd}) strictly after {@code limit}. */
    public InputCheck dateAfter(ProcessVariable<String> variable, LocalDate limit, String rule) {
        LocalDate date = date(variable);
        if (date != null && !date.isAfter(limit)) {
            problem(variable.name(), rule + " (" + labelOf(variable.name()) + " is " + UK_DATE.format(date) + ")");
        }
        return this;
    }

    /** A required ISO date ({@code yyyy-MM-dd}) on or before {@code limit}. */
    public InputCheck dateNotAfter(ProcessVariable<String> variable, LocalDate limit, String rule) {
        LocalDate date = date(variable);
        if (date != null && date.isAfter(limit)) {
            problem(variable.name(), rule + " (" + labelOf(variable.name()) + " is " + UK_DATE.format(date) + ")");
        }
        return this;
    }

    /** A whole number within bounds. */
    public InputCheck between(ProcessVariable<Long> variable, long min, long max, String rule) {
        Object value = read(variable);
        if (value instanceof Long number && (number < min || number > max)) {
            problem(variable.name(), rule + " (" + labelOf(variable.name()) + " is " + number + ")");
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
            problem(variable.name(), labelOf(variable.name()) + " must be a list of " + what);
            return this;
        }
        if (values.isEmpty()) {
            problem(variable.name(), labelOf(variable.name()) + " needs at least one " + what);
        }
        values.stream().filter(valid.negate()).forEach(value -> problem(variable.name(), labelOf(variable.name()) + ": '" + value
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
            return problemIf(true, variable.name(), labelOf(variable.name()) + " must be one " + what);
        }
        if (chosen == null || chosen.isEmpty()) {
            return problemIf(!hasProblemWith(variable), variable.name(), labelOf(variable.name()) + " is required");
        }
        return problemIf(!known.test(chosen), variable.name(), labelOf(variable.name()) + ": '" + chosen + "' is not a known " + what);
    }

    /** A rule of the caller's own. */
    /**
     * A child's age in whole years, {@code age} as read from the start: given, not negative, and
     * under 18 (an adult's case is the Safeguarding Adults Board's).
     */
    public InputCheck childAge(ProcessVariable<Long> variable, Long age) {
        return required(variable)
            .check(age == null || age >= 0, labelOf(variable) + " cannot be negative")
            .check(age == null || age < 0 || age <= 17, "not a child: refer to the Safeguarding Adults Board ("
                + labelOf(variable) + " is " + age + ")");
    }

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
                problem(variable.name(), labelOf(variable.name()) + " is required");
            }
            return null;
        }
        try {
            return LocalDate.parse((String) value);
        } catch (DateTimeParseException e) {
            problem(variable.name(), labelOf(variable.name()) + " must be a date written yyyy-MM-dd, not '" + value + "'");
            return null;
        }
    }

    private void problem(String variable, String problem) {
        problems.add(problem);
        withProblems.add(variable);
    }

    private InputCheck problemIf(boolean holds, String variable, String problem) {
        if (holds) {
            problem(variable, problem);
        }
        return this;
    }

    private boolean hasProblemWith(ProcessVariable<?> variable) {
        return withProblems.contains(variable.name());
    }

    private Object read(ProcessVariable<?> variable) {
        try {
            return variable.from(scope).orElse(null);
        } catch (IllegalArgumentException wrongType) {
            if (!hasProblemWith(variable)) {
                problem(variable.name(), labelOf(variable.name()) + " must be " + describe(variable.type()));
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
