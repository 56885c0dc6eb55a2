package org.iowscb.learningloop.platform.casereference;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.ProcessKeys;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * What the header of every task form shows beside the case reference: the case's type in words and
 * the task's due date, as variables of the task itself. A form sees variables, not the task's own
 * properties, so the due date is copied when the task is created and again whenever it changes
 * (Tasklist's "set due date", a revised timetable). Written as "3 Dec 2026" in Europe/London, the
 * board's day, whatever the browser's language or clock.
 */
final class TaskHeader implements TaskListener {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** "3 Sep 2026": three-letter months, as people write them (the UK locale's data gives "Sept"). */
    static final DateTimeFormatter DAY = new java.time.format.DateTimeFormatterBuilder()
        .appendValue(java.time.temporal.ChronoField.DAY_OF_MONTH).appendLiteral(' ')
        .appendText(java.time.temporal.ChronoField.MONTH_OF_YEAR, java.util.stream.IntStream.rangeClosed(1, 12).boxed()
            .collect(java.util.stream.Collectors.toMap(Integer::longValue,
                month -> java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.SHORT, Locale.US))))
        .appendLiteral(' ').appendValue(java.time.temporal.ChronoField.YEAR, 4)
        .toFormatter(Locale.UK).withZone(LONDON);
    static final String NO_DUE_DATE = "no date set";

    @Override
    public void notify(DelegateTask task) {
        refresh(task, CaseVariables.CASE_TYPE_LABEL, CaseType.labelOf(ProcessKeys.of(task.getExecution())));
        refresh(task, CaseVariables.TASK_DUE, dueOf(task.getDueDate()));
    }

    static String dueOf(Date due) {
        return due == null ? NO_DUE_DATE : DAY.format(due.toInstant());
    }

    /** Writes only a changed value, so an update that moved nothing leaves no history behind. */
    private static void refresh(DelegateTask task, ProcessVariable<String> variable, String value) {
        if (!Objects.equals(task.getVariableLocal(variable.name()), value)) {
            task.setVariableLocal(variable.name(), value);
        }
    }
}
