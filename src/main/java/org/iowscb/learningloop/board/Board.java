package org.iowscb.learningloop.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iowscb.learningloop.audit.AuditFigures;
import org.iowscb.learningloop.learning.LearningFigures;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * Puts the board page together for one person: the open cases against their clocks (filtered and a
 * page of them), the actions, the audits, the learning and the year's timeliness, each within the
 * person's scope.
 */
@Service
class Board {

    /** The audits whose agency and school tasks are returns the Board waits for. */
    static final Set<String> AUDITS = Set.of(CaseType.SECTION_11_AUDIT.processKey(),
        CaseType.SECTION_175_AUDIT.processKey(), CaseType.THEMATIC_CASE_AUDIT.processKey(),
        CaseType.MULTI_AGENCY_CASE_AUDIT.processKey(), CaseType.SINGLE_AGENCY_AUDIT.processKey());

    /**
     * What the person asked to see: a kind of case, a status, an agency, a case reference (or part of
     * one), a page; null for all.
     */
    record Filter(String type, Rag status, String agency, String reference, int page) {
        Filter {
            page = Math.max(page, 1);
        }
    }

    /** The cases section: the page of cases shown, and the counts over every case of the filter. */
    record Cases(List<CaseRow> rows, int matched, int page, int pages, Map<Rag, Integer> byStatus,
                 Map<String, Integer> lateByType) {
    }

    /** Everything the page shows. */
    record View(BoardScope scope, LocalDate today, ReportingYear year, Filter filter, Cases cases,
                List<LearningFigures.ActionLine> actions, List<LearningFigures.OwnerCount> actionsByOwner,
                List<OpenCases.Outstanding> outstanding, List<AuditFigures.Compliance> compliance,
                List<AuditFigures.RepeatedFinding> repeatedAuditFindings, List<LearningFigures.ThemeCount> themes,
                List<LearningFigures.DisseminationCount> dissemination, List<LearningFigures.FollowUp> followUps,
                List<Timeliness.Line> timeliness, Map<String, String> groupNames, List<String> types,
                List<String> agencies) {

        /** The learning register is the Board's record: agencies and schools see their own actions, not it. */
        public boolean showsLearning() {
            return scope.everything();
        }

        public String groupName(String group) {
            return group == null ? "" : groupNames.getOrDefault(group, group);
        }
    }

    private final OpenCases openCases;
    private final BoardReadModel readModel;
    private final Timeliness timeliness;
    private final LearningFigures learning;
    private final AuditFigures audits;
    private final WorkingDays workingDays;
    private final BoardProperties properties;

    Board(OpenCases openCases, BoardReadModel readModel, Timeliness timeliness, LearningFigures learning,
          AuditFigures audits, WorkingDays workingDays, BoardProperties properties) {
        this.openCases = openCases;
        this.readModel = readModel;
        this.timeliness = timeliness;
        this.learning = learning;
        this.audits = audits;
        this.workingDays = workingDays;
        this.properties = properties;
    }

    View view(BoardScope scope, Filter filter) {
        LocalDate today = workingDays.today();
        ReportingYear year = ReportingYear.containing(today, properties.reportingYearStarts());
        BoardReadModel.Page page = readModel.page(scope, filter, today, properties.rowsPerPage());
        Map<String, String> groupNames = openCases.groupNames();
        List<String> owners = scope.keptTo();
        boolean everything = scope.everything();
        return new View(scope, today, year, filter, cases(page, filter, today),
            learning.actions(owners, today, properties.rowsPerPage(), filter.reference()),
            learning.actionsByOwner(owners, today),
            readModel.outstandingReturns(scope), audits.compliance(owners),
            audits.repeatedFindings(owners),
            everything ? learning.themes() : List.of(), everything ? learning.dissemination() : List.of(),
            everything ? learning.trainingFollowUps(properties.rowsPerPage()) : List.of(),
            timeliness(year, scope), groupNames, page.types(),
            groupNames.keySet().stream().filter(id -> id.startsWith("agency-") || id.startsWith("school-")).sorted()
                .toList());
    }

    /** The counts of open cases by status: the Cockpit tile's figures. */
    Map<Rag, Integer> statusCounts(BoardScope scope) {
        return readModel.page(scope, new Filter(null, null, null, null, 1), workingDays.today(), 1).byStatus();
    }

    /** The page's cases, each with its working days left and, while it waits, what it waits for. */
    private Cases cases(BoardReadModel.Page page, Filter filter, LocalDate today) {
        int size = properties.rowsPerPage();
        int pages = Math.max(1, (page.matched() + size - 1) / size);
        List<CaseRow> shown = page.rows().stream()
            .map(row -> row.clockDue() == null ? row : row.withDaysLeft(workingDays.workingDaysBetween(today, row.clockDue())))
            .map(row -> row.taskId() == null ? row.withStage(openCases.waitingIn(row.processInstanceId())
                .map(step -> "Waiting: " + step).orElse("Waiting")) : row)
            .toList();
        return new Cases(shown, page.matched(), Math.min(filter.page(), pages), pages, page.byStatus(), page.lateByType());
    }

    /**
     * The year's timeliness, from the engine's history: the same for a few minutes (it changes when
     * a case ends), so the board page does not read a year of history at every view.
     */
    private List<Timeliness.Line> timeliness(ReportingYear year, BoardScope scope) {
        String key = year.year() + "|" + (scope.everything() ? "*" : String.join(",", new java.util.TreeSet<>(scope.groups())));
        long now = System.currentTimeMillis();
        TimelinessFigures cached = timelinessCache.get(key);
        if (cached == null || now - cached.at() > TIMELINESS_KEPT_MILLIS) {
            cached = new TimelinessFigures(timeliness.of(year, scope), now);
            timelinessCache.put(key, cached);
        }
        return cached.lines();
    }

    private record TimelinessFigures(List<Timeliness.Line> lines, long at) {
    }

    static final long TIMELINESS_KEPT_MILLIS = 5 * 60 * 1000L;
    private final Map<String, TimelinessFigures> timelinessCache = new java.util.concurrent.ConcurrentHashMap<>();
}
