package org.iowscb.learningloop.board;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.iowscb.learningloop.platform.csv.CsvText;

/**
 * The annual report's tables as CSV, one file per table ({@code /board/report/{table}.csv}): a header
 * line, then one line per row of the table as the report shows it. Dates are ISO ({@code 2026-04-01}), so
 * a spreadsheet sorts them; the quoting and the guard against formulas are {@link CsvText}'s.
 */
enum ReportCsv {
    TIMELINESS("timeliness", List.of("type", "clock", "started", "finished", "finished_on_time"),
        report -> report.timeliness().stream().map(line -> List.of(line.type(), line.clock(),
            String.valueOf(line.started()), String.valueOf(line.finished()), String.valueOf(line.finishedOnTime())))
            .toList()),
    PUBLISHED("published", List.of("case_reference", "published_on"),
        report -> report.published().stream().map(published -> List.of(published.reference(),
            iso(published.publishedOn()))).toList()),
    THEMES("themes", List.of("theme", "lessons", "cases"),
        report -> report.themes().stream().map(theme -> List.of(theme.label(), String.valueOf(theme.lessons()),
            String.valueOf(theme.cases()))).toList()),
    ACTIONS("actions", List.of("action_reference", "owner", "due_on", "completed_on", "done", "overdue", "evidence",
        "lesson_reference", "case_reference"),
        report -> report.actions().stream().map(action -> List.of(action.reference(),
            report.groupName(action.ownerGroup()), iso(action.dueOn()), iso(action.completedOn()), yesNo(action.done()),
            yesNo(action.overdue()), text(action.evidence()), text(action.lessonReference()),
            text(action.sourceReference()))).toList()),
    AUDITS("audits", List.of("case_reference", "type", "started_on", "finished_on", "lessons"),
        report -> report.audits().stream().map(audit -> List.of(audit.reference(), audit.type(),
            iso(audit.startedOn()), iso(audit.finishedOn()), String.valueOf(audit.lessons()))).toList()),
    COMPLIANCE("compliance", List.of("audit", "standard", "met", "partially_met", "not_met"),
        report -> report.answeredStandards().stream().map(standard -> List.of(standard.auditLabel(), standard.title(),
            String.valueOf(standard.met()), String.valueOf(standard.partiallyMet()), String.valueOf(standard.notMet())))
            .toList()),
    DISSEMINATION("dissemination", List.of("method", "planned", "done"),
        report -> report.dissemination().stream().map(count -> List.of(count.label(), String.valueOf(count.planned()),
            String.valueOf(count.done()))).toList()),
    TRAINING("training", List.of("lesson_reference", "training", "given_on", "follow_up_due_from", "follow_up_due_by",
        "what_changed_in_practice"),
        report -> report.followUps().stream().map(followUp -> List.of(followUp.lessonReference(), followUp.method(),
            iso(followUp.trainedOn()), iso(followUp.dueFrom()), iso(followUp.dueBy()), text(followUp.result())))
            .toList()),
    CHILD_DEATHS("child-deaths", List.of("category", "deaths_reviewed"),
        report -> report.childDeaths().stream().map(category -> List.of(category.label(),
            String.valueOf(category.deaths()))).toList()),
    NARRATIVE("narrative", List.of("section", "text"),
        report -> report.narrativeSections().stream().filter(section -> !section.getValue().isBlank())
            .map(section -> List.of(section.getKey().label(), section.getValue())).toList());

    private final String id;
    private final List<String> header;
    private final Function<AnnualReport, List<List<String>>> rows;

    ReportCsv(String id, List<String> header, Function<AnnualReport, List<List<String>>> rows) {
        this.id = id;
        this.header = header;
        this.rows = rows;
    }

    public String id() {
        return id;
    }

    static Optional<ReportCsv> of(String id) {
        return Arrays.stream(values()).filter(table -> table.id.equals(id)).findFirst();
    }

    /** The names of the tables, for a sentence that lists them. */
    static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ReportCsv::id).toList());
    }

    /** The table of the report as CSV text. */
    String of(AnnualReport report) {
        StringBuilder csv = new StringBuilder(CsvText.line(header));
        rows.apply(report).forEach(row -> csv.append(CsvText.line(row)));
        return csv.toString();
    }

    /** The file's name: {@code annual-report-2026-27-themes.csv}. */
    String filename(AnnualReport report) {
        return "annual-report-" + report.year().label().replace('/', '-') + "-" + id + ".csv";
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
