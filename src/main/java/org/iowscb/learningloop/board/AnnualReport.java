package org.iowscb.learningloop.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.audit.AuditFigures;
import org.iowscb.learningloop.casereview.CaseReviewFigures;
import org.iowscb.learningloop.learning.LearningFigures;

/**
 * The Board's annual report of one reporting year, every table of it: the reviews and audits started,
 * finished and published and how timely they were; the lessons by theme; the actions done and overdue
 * with their evidence; the audits finished and what they found; section 11 and 175 compliance; the
 * dissemination and the training's follow-ups; the child deaths reviewed by category; and the Board's
 * own narrative. It names cases by their reference only: no child and no family.
 *
 * @param madeOn the day the figures were read: a year not yet over is reported as it stands that day
 */
record AnnualReport(ReportingYear year, LocalDate madeOn, List<Timeliness.Line> timeliness,
                    List<CaseReviewFigures.Published> published, List<LearningFigures.ThemeCount> themes,
                    List<LearningFigures.YearAction> actions, List<FinishedAudit> audits,
                    List<AuditFigures.Compliance> compliance, List<LearningFigures.DisseminationCount> dissemination,
                    List<LearningFigures.FollowUp> followUps, List<CaseReviewFigures.DeathCategory> childDeaths,
                    Map<NarrativeSection, String> narratives, Map<String, String> groupNames) {

    /**
     * The actions the page and the PDF list, at most this many: the overdue first. A year of a large partnership
     * has thousands; a publication lists them in its CSV ({@code actions.csv}), not over hundreds of pages, and
     * laying those out would keep the Board waiting for the PDF.
     */
    static final int ACTIONS_LISTED = 100;

    /** An audit finished in the year, and how many lessons the register holds from it. */
    record FinishedAudit(String reference, String type, LocalDate startedOn, LocalDate finishedOn, int lessons) {
    }

    /** True while the year has not ended: the report says its figures are so far. */
    public boolean yearInProgress() {
        return madeOn.isBefore(year.until());
    }

    public int started() {
        return timeliness.stream().mapToInt(Timeliness.Line::started).sum();
    }

    public int finished() {
        return timeliness.stream().mapToInt(Timeliness.Line::finished).sum();
    }

    public int finishedOnTime() {
        return timeliness.stream().mapToInt(Timeliness.Line::finishedOnTime).sum();
    }

    /** The actions the page and the PDF list: the overdue first, then the rest by due date, {@link #ACTIONS_LISTED} at most. */
    public List<LearningFigures.YearAction> listedActions() {
        return java.util.stream.Stream.concat(actions.stream().filter(LearningFigures.YearAction::overdue),
            actions.stream().filter(action -> !action.overdue())).limit(ACTIONS_LISTED).toList();
    }

    /** How many of the year's actions are in the CSV only. */
    public int actionsNotListed() {
        return Math.max(0, actions.size() - ACTIONS_LISTED);
    }

    public long actionsDone() {
        return actions.stream().filter(LearningFigures.YearAction::done).count();
    }

    public long actionsOverdue() {
        return actions.stream().filter(LearningFigures.YearAction::overdue).count();
    }

    public long actionsDoneWithEvidence() {
        return actions.stream().filter(action -> action.done() && action.evidence() != null).count();
    }

    public long followUpsDone() {
        return followUps.stream().filter(LearningFigures.FollowUp::done).count();
    }

    public int childDeathsReviewed() {
        return childDeaths.stream().mapToInt(CaseReviewFigures.DeathCategory::deaths).sum();
    }

    /** The standards some organisation answered in the year. */
    public List<AuditFigures.Compliance> answeredStandards() {
        return compliance.stream().filter(standard -> standard.answered() > 0).toList();
    }

    public String groupName(String group) {
        return group == null ? "" : groupNames.getOrDefault(group, group);
    }

    /** The sections in the report's order, with their text (blank when the Board has written none yet). */
    public List<Map.Entry<NarrativeSection, String>> narrativeSections() {
        return java.util.Arrays.stream(NarrativeSection.values())
            .map(section -> Map.entry(section, narratives.getOrDefault(section, ""))).toList();
    }
}
