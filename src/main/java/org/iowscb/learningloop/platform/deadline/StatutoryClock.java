package org.iowscb.learningloop.platform.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * The clock a whole case runs against, as the guidance sets it (a serious case review finishes
 * within six months of its initiation), contributed by the module that owns the process. The
 * board page and the annual report ask every such clock where a case stands; a process without
 * one is shown against the clock of the step it waits on (its open task's due date).
 */
public interface StatutoryClock {

    /** The processes the clock belongs to (one, or the variants of one kind of audit). */
    java.util.Set<String> processKeys();

    /** What the clock measures, in words a board member reads ("Review finished in 6 months"). */
    String name();

    /** Where the clock comes from: the guidance and paragraph, or "local target (configurable)". */
    String source();

    /** The case's variables the clock is read from (dates written yyyy-MM-dd). */
    List<ProcessVariable<String>> reads();

    /**
     * The clock of one case, from its variables (by name; absent ones are null) and the day the case
     * started; empty when the case has not reached the clock yet (for example before the decision to
     * initiate).
     */
    Optional<Dates> dates(Function<String, String> variables, LocalDate startedOn, WorkingDays days);

    /**
     * When the clock started and when it runs out, and how often the due date was moved (revised
     * timetables, agreed extensions): the slippage the board watches.
     */
    record Dates(LocalDate start, LocalDate due, int revisions) {
    }

    /** A date variable, or null when it is absent or not a yyyy-MM-dd date. */
    static LocalDate date(Function<String, String> variables, ProcessVariable<String> variable) {
        String value = variables.apply(variable.name());
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim().length() > 10 ? value.trim().substring(0, 10) : value.trim());
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }
}
