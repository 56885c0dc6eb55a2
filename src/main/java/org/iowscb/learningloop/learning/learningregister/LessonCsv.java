package org.iowscb.learningloop.learning.learningregister;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lessons as CSV (RFC 4180: a header line, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled), one line per lesson, themes joined with
 * {@code ;}. A cell that a spreadsheet would run as a formula (it starts with {@code = + - @},
 * a tab or a carriage return) gets an apostrophe in front, so opening the export runs nothing.
 */
final class LessonCsv {

    static final String FILENAME = "learning-register.csv";
    static final List<String> HEADER = List.of("lesson_reference", "source_reference", "source_type",
        "cycle_reference", "identified_on", "statement", "themes", "state", "evaluation_outcome", "evaluated_on",
        "evaluation_notes", "disseminations", "actions", "actions_overdue");

    private static final String EOL = "\r\n";

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
        return cells.stream().map(LessonCsv::cell).collect(Collectors.joining(",")) + EOL;
    }

    /** One field: neutralised if a spreadsheet would read it as a formula, then quoted if it must be. */
    static String cell(String value) {
        String text = Objects.requireNonNullElse(value, "");
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
