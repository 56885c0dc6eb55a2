package org.iowscb.learningloop.board;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
    private final Timeliness timeliness;
    private final LearningFigures learning;
    private final AuditFigures audits;
    private final WorkingDays workingDays;
    private final BoardProperties properties;

    Board(OpenCases openCases, Timeliness timeliness, LearningFigures learning, AuditFigures audits,
          WorkingDays workingDays, BoardProperties properties) {
        this.openCases = openCases;
        this.timeliness = timeliness;
        this.learning = learning;
        this.audits = audits;
        this.workingDays = workingDays;
        this.properties = properties;
    }

    View view(BoardScope scope, Filter filter) {
        LocalDate today = workingDays.today();
        ReportingYear year = ReportingYear.containing(today, properties.reportingYearStarts());
        List<CaseRow> all = openCases.all(scope);
        Map<String, String> groupNames = openCases.groupNames();
        List<String> owners = scope.keptTo();
        boolean everything = scope.everything();
        return new View(scope, today, year, filter, cases(all, filter, scope),
            learning.actions(owners, today, properties.rowsPerPage(), filter.reference()),
            learning.actionsByOwner(owners, today),
            openCases.outstandingReturns(scope, AUDITS), audits.compliance(owners),
            audits.repeatedFindings(owners),
            everything ? learning.themes() : List.of(), everything ? learning.dissemination() : List.of(),
            everything ? learning.trainingFollowUps(properties.rowsPerPage()) : List.of(),
            timeliness.of(year, scope), groupNames,
            all.stream().map(CaseRow::processKey).distinct().sorted().toList(),
            groupNames.keySet().stream().filter(id -> id.startsWith("agency-") || id.startsWith("school-")).sorted()
                .toList());
    }

    /** The counts of open cases by status: the Cockpit tile's figures. */
    Map<Rag, Integer> statusCounts(BoardScope scope) {
        return byStatus(openCases.all(scope).stream());
    }

    private Cases cases(List<CaseRow> all, Filter filter, BoardScope scope) {
        List<CaseRow> matched = all.stream()
            .filter(row -> filter.type() == null || filter.type().equals(row.processKey()))
            .filter(row -> filter.status() == null || filter.status() == row.rag())
            .filter(row -> filter.reference() == null
                || row.reference().toUpperCase(java.util.Locale.ROOT).contains(filter.reference().toUpperCase(java.util.Locale.ROOT)))
            .toList();
        if (filter.agency() != null) {
            Set<String> ofAgency = Set.copyOf(openCases.all(new BoardScope(scope.userId(), false,
                    scope.everything() || scope.groups().contains(filter.agency()) ? List.of(filter.agency()) : List.of()))
                .stream().map(CaseRow::processInstanceId).toList());
            matched = matched.stream().filter(row -> ofAgency.contains(row.processInstanceId())).toList();
        }
        List<CaseRow> sorted = OpenCases.sorted(matched);
        int size = properties.rowsPerPage();
        int pages = Math.max(1, (sorted.size() + size - 1) / size);
        int page = Math.min(filter.page(), pages);
        List<CaseRow> shown = sorted.subList((page - 1) * size, Math.min(sorted.size(), page * size)).stream()
            .map(row -> row.taskId() == null ? row.withStage(openCases.waitingIn(row.processInstanceId())
                .map(step -> "Waiting: " + step).orElse("Waiting")) : row)
            .toList();
        Map<String, Integer> lateByType = new java.util.TreeMap<>();
        matched.stream().filter(row -> row.rag() == Rag.RED).forEach(row -> lateByType.merge(row.type(), 1, Integer::sum));
        return new Cases(shown, matched.size(), page, pages, byStatus(matched.stream()), lateByType);
    }

    private static Map<Rag, Integer> byStatus(Stream<CaseRow> rows) {
        Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            counts.put(rag, 0);
        }
        rows.forEach(row -> counts.merge(row.rag(), 1, Integer::sum));
        return counts;
    }
}
