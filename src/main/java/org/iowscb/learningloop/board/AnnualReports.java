package org.iowscb.learningloop.board;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.audit.AuditFigures;
import org.iowscb.learningloop.casereview.CaseReviewFigures;
import org.iowscb.learningloop.learning.LearningFigures;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Puts a year's {@link AnnualReport} together from the engine's history ({@link Timeliness}, the audits
 * finished), the learning register ({@link LearningFigures}), the self-assessments ({@link AuditFigures}),
 * the case reviews ({@link CaseReviewFigures}) and the Board's narrative. The report is the Board's
 * publication on the whole partnership, so it is always read in full (the scope of everything).
 */
@Service
class AnnualReports {

    private static final BoardScope WHOLE_PARTNERSHIP = new BoardScope(null, true, List.of());

    private final Timeliness timeliness;
    private final LearningFigures learning;
    private final AuditFigures audits;
    private final CaseReviewFigures reviews;
    private final ReportNarratives narratives;
    private final OpenCases openCases;
    private final WorkingDays workingDays;
    private final NamedParameterJdbcTemplate jdbc;
    private final BoardProperties properties;

    AnnualReports(Timeliness timeliness, LearningFigures learning, AuditFigures audits, CaseReviewFigures reviews,
                  ReportNarratives narratives, OpenCases openCases, WorkingDays workingDays,
                  NamedParameterJdbcTemplate jdbc, BoardProperties properties) {
        this.timeliness = timeliness;
        this.learning = learning;
        this.audits = audits;
        this.reviews = reviews;
        this.narratives = narratives;
        this.openCases = openCases;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The reporting year today falls in. */
    ReportingYear currentYear() {
        return ReportingYear.containing(workingDays.today(), properties.reportingYearStarts());
    }

    ReportingYear year(int year) {
        return ReportingYear.of(year, properties.reportingYearStarts());
    }

    AnnualReport of(ReportingYear year) {
        LocalDate from = year.from();
        LocalDate until = year.until();
        List<AnnualReport.FinishedAudit> finished = finishedAudits(year);
        Map<String, Integer> lessons = learning.lessonsFrom(finished.stream().map(AnnualReport.FinishedAudit::reference).toList());
        ZoneId zone = ZoneId.systemDefault();
        return new AnnualReport(year, workingDays.today(), timeliness.of(year, WHOLE_PARTNERSHIP),
            reviews.publishedReviews(from, until), learning.themes(from, until),
            learning.actionsOfYear(from, until, workingDays.today()),
            finished.stream().map(audit -> new AnnualReport.FinishedAudit(audit.reference(), audit.type(),
                audit.startedOn(), audit.finishedOn(), lessons.getOrDefault(audit.reference(), 0))).toList(),
            audits.compliance(null, from.atStartOfDay(zone).toInstant(), until.atStartOfDay(zone).toInstant()),
            learning.disseminationOfYear(from, until), learning.trainingFollowUpsOfYear(from, until),
            reviews.childDeathsByCategory(from, until), narratives.of(year.year()), openCases.groupNames());
    }

    /** The audits (case audits and self-assessments) that ended in the year. */
    private List<AnnualReport.FinishedAudit> finishedAudits(ReportingYear year) {
        return jdbc.query("select p.BUSINESS_KEY_, p.PROC_DEF_KEY_, p.START_TIME_, p.END_TIME_ from ACT_HI_PROCINST p "
                + "where p.PROC_DEF_KEY_ in (:audits) and p.BUSINESS_KEY_ is not null "
                + "and p.END_TIME_ >= :from and p.END_TIME_ < :until order by p.END_TIME_, p.BUSINESS_KEY_",
            new MapSqlParameterSource("audits", Board.AUDITS)
                .addValue("from", Timestamp.valueOf(year.from().atStartOfDay()))
                .addValue("until", Timestamp.valueOf(year.until().atStartOfDay())),
            (row, i) -> new AnnualReport.FinishedAudit(row.getString(1), CaseType.labelOf(row.getString(2)),
                workingDays.dateOf(row.getTimestamp(3)), workingDays.dateOf(row.getTimestamp(4)), 0));
    }
}
