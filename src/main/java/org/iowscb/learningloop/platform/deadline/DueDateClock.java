package org.iowscb.learningloop.platform.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * A clock that runs from the start of the case to a due date the case holds in a variable (an
 * audit's deadline for returns, an action's due date, a review's target date). When the case also
 * keeps the first due date, a due date that moved away from it counts as one revision.
 */
public class DueDateClock implements StatutoryClock {

    private final Set<String> processKeys;
    private final String name;
    private final String source;
    private final ProcessVariable<String> due;
    private final ProcessVariable<String> firstDue;

    /**
     * @param firstDue the variable that keeps the due date first set, or null when the case does not
     *     keep it
     */
    protected DueDateClock(Set<String> processKeys, String name, String source, ProcessVariable<String> due,
                           ProcessVariable<String> firstDue) {
        this.processKeys = Set.copyOf(processKeys);
        this.name = name;
        this.source = source;
        this.due = due;
        this.firstDue = firstDue;
    }

    @Override
    public Set<String> processKeys() {
        return processKeys;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<ProcessVariable<String>> reads() {
        List<ProcessVariable<String>> reads = new ArrayList<>(List.of(due));
        if (firstDue != null) {
            reads.add(firstDue);
        }
        return reads;
    }

    @Override
    public Optional<Dates> dates(Function<String, String> variables, LocalDate startedOn, WorkingDays days) {
        LocalDate dueOn = StatutoryClock.date(variables, due);
        if (dueOn == null) {
            return Optional.empty();
        }
        LocalDate first = firstDue == null ? null : StatutoryClock.date(variables, firstDue);
        return Optional.of(new Dates(startedOn, dueOn, first != null && !first.equals(dueOn) ? 1 : 0));
    }
}
