package org.iowscb.learningloop.learning.learningregister;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.iowscb.learningloop.platform.csv.CsvText;

/**
 * The lessons as CSV, one line per lesson after a header line, themes joined with {@code ;}. The
 * quoting and the guard against formulas are {@link CsvText}'s, shared with the annual report.
 */
final class LessonCsv {

    static final String FILENAME = "learning-register.csv";
    static final List<String> HEADER = List.of("lesson_reference", "source_reference", "source_type",
        "cycle_reference", "identified_on", "statement", "themes", "state", "evaluation_outcome", "evaluated_on",
        "evaluation_notes", "disseminations", "actions", "actions_overdue");

    private LessonCsv() {
    }

    static String of(List<Lesson> lessons) {
        StringBuilder csv = new StringBuilder(line(HEADER));
        lessons.forEach(lesson -> csv.append(line(Stream.of(
            lesson.reference(), lesson.sourceReference(), lesson.sourceType(), lesson.cycleReference(),
            text(lesson.identifiedOn()), lesson.statement(),
            lesson.themes().stream().map(Theme::code).collect(Collectors.joining(";")),
            lesson.state(), lesson.evaluationOutcome(), text(lesson.evaluatedOn()), lesson.evaluationNotes(),
            lesson.disseminations().stream().map(LessonCsv::dissemination).collect(Collectors.joining("; ")),
            lesson.actions().stream().map(LessonCsv::action).collect(Collectors.joining("; ")),
            String.valueOf(lesson.actions().stream().filter(Action::overdue).count())).toList())));
        return csv.toString();
    }

    private static String dissemination(Dissemination d) {
        return d.method() + " by " + d.ownerGroup() + ", reports to " + d.reportsTo() + " (" + d.state() + ")";
    }

    private static String action(Action a) {
        return a.reference() + " " + a.ownerGroup() + " due " + a.dueOn() + " (" + a.state()
            + (a.dueDateChanges() > 0 ? ", due date moved " + a.dueDateChanges() + "x" : "") + ")";
    }

    private static String line(List<String> cells) {
        return CsvText.line(cells);
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
