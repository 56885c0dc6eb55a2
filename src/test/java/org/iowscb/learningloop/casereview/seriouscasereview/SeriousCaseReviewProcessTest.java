package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY_KEY_ISSUES;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY_REPORTS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.BOARD_COMMENTS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.DELAY_REASONS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.EXPECTED_COMPLETION_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INDEPENDENT_REVIEWER;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INITIATED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.KEEP_PUBLISHED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.KEEP_UNTIL;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.ON_TRACK;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PANEL_COMMENTS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PROGRESS_NOTE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PUBLICATION_NOTE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.REVIEWER_OPTIONS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.REVISED_COMPLETION_ON;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.Elements;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every path of {@code serious-case-review}, with its clocks, as the people involved see it. */
@FixedClock(ScrDates.NOW)
class SeriousCaseReviewProcessTest extends ProcessTest {

    @Test
    @DisplayName("happy path - initiated, notified, reported on by each agency, accepted first time, published, "
        + "findings handed over, report archived after 12 months")
    void happyPath() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY);

        assertThat(review.reference()).matches("SCR-2026-\\d{4}");
        assertThat(review.instance).isWaitingAt(Elements.NOTIFY_INITIATION)
            .variables().containsEntry(CaseVariables.CASE_REFERENCE.name(), review.reference());
        assertThat((List<Object>) review.variable(INVOLVED_AGENCIES.name())).containsExactly("agency-police", "agency-health");

        Task notify = review.task(Elements.NOTIFY_INITIATION);
        assertThat(notify).hasCandidateGroup(Groups.BUSINESS_UNIT);
        assertThat(notify.getDueDate()).as("5 working days after the decision").isEqualTo(Instant.parse("2026-03-09T17:00:00Z"));
        // 2 August 2026 is a Sunday: the reminder falls on Monday 3 August, 17:00 BST
        assertThat(review.job(Elements.REVIEW_DUE_IN_A_MONTH).getDuedate()).isEqualTo(Instant.parse("2026-08-03T16:00:00Z"));
        assertThat(review.job(Elements.REVIEW_OVERDUE).getDuedate()).isEqualTo(Instant.parse("2026-09-02T16:00:00Z"));

        review.notified(ScrDates.TODAY);
        Task appoint = review.task(Elements.APPOINT_REVIEWER);
        assertThat(appoint).hasCandidateGroup(Groups.BUSINESS_UNIT);
        assertThat(appoint.getDueDate()).isEqualTo(Instant.parse("2026-03-16T17:00:00Z"));
        assertThat(review.variable(REVIEWER_OPTIONS)).asString().contains("value=reviewer");

        review.reviewerAppointed();
        assertThat(review.variable(INDEPENDENT_REVIEWER.name())).isEqualTo("reviewer");
        assertThat(review.task(Elements.AGREE_TERMS_OF_REFERENCE)).hasCandidateGroup(Groups.SCR_SUBGROUP);

        review.termsAgreed();
        List<Task> reports = review.tasks(Elements.PROVIDE_AGENCY_REPORT);
        assertThat(reports).hasSize(2);
        assertThat(reports).allSatisfy(report -> assertThat(report.getDueDate())
            .as("30 working days, over Easter").isEqualTo(Instant.parse("2026-04-15T16:00:00Z")));
        assertThat(candidateGroups(reports)).containsExactlyInAnyOrder(List.of("agency-police"), List.of("agency-health"));
        assertThat(review.task(Elements.INVITE_PROFESSIONALS)).hasCandidateGroup(Groups.BUSINESS_UNIT);
        assertThat(review.task(Elements.INVITE_FAMILY)).hasCandidateGroup(Groups.BUSINESS_UNIT);

        review.contributionsGathered();
        assertThat(review.variable(AGENCY_KEY_ISSUES.name())).as("each agency's answers stay with its task").isNull();
        assertThat(review.variable(AGENCY_REPORTS.name())).asString()
            .contains("agency-police", "Key issues found by agency-police", "IMR/agency-health", "2026-03-02");
        assertThat(review.task(Elements.DRAFT_REPORT)).hasCandidateGroup(Groups.INDEPENDENT_REVIEWERS);

        review.drafted();
        assertThat(review.task(Elements.PANEL_ACCEPTS_REPORT)).hasCandidateGroup(Groups.SCR_SUBGROUP);
        review.panelDecides(true, null);
        assertThat(review.task(Elements.BOARD_ACCEPTS_REPORT)).hasCandidateGroup(Groups.BOARD);
        review.boardDecides(true, null);
        assertThat(review.task(Elements.WRITE_BOARD_RESPONSE)).hasCandidateGroup(Groups.BOARD);
        review.boardResponded();

        assertThat(review.instance).hasPassed(Elements.REPORT_AND_RESPONSE_AGREED)
            .isWaitingAt(Elements.SEND_COPY_TO_NATIONAL_PANEL);
        assertThat(review.hasJob(Elements.REVIEW_DUE_IN_A_MONTH)).as("the 6-month clock stops").isFalse();
        assertThat(review.hasJob(Elements.REVIEW_OVERDUE)).isFalse();
        assertThat(review.task(Elements.SEND_COPY_TO_NATIONAL_PANEL)).hasCandidateGroup(Groups.BUSINESS_UNIT);

        clockAt("2026-07-01T09:00:00Z");
        review.copySent("2026-07-01", "2026-07-08");
        Task publish = review.task(Elements.PUBLISH_REPORT);
        assertThat(publish).hasCandidateGroup(Groups.BUSINESS_UNIT);
        assertThat(publish.getDueDate()).as("the planned publication date").isEqualTo(Instant.parse("2026-07-08T16:00:00Z"));

        clockAt("2026-07-08T09:00:00Z");
        review.published("2026-07-08");
        assertThat(review.instance).isWaitingAt(Elements.RECORD_FINDINGS, Elements.PUBLICATION_PERIOD_ENDED);
        assertThat(review.task(Elements.RECORD_FINDINGS)).hasCandidateGroup(Groups.SCR_SUBGROUP);
        assertThat(review.job(Elements.PUBLICATION_PERIOD_ENDED).getDuedate())
            .as("12 months after publication").isEqualTo(Instant.parse("2027-07-08T16:00:00Z"));

        review.findingsRecorded("Agencies did not share what they knew; a shared protocol is needed");
        assertThat(handovers.find(review.reference())).as("not before the handover job runs").isEmpty();
        review.fire(Elements.HAND_OVER_FINDINGS);
        assertThat(handovers.find(review.reference())).hasValueSatisfying(handover -> {
            assertThat(handover.sourceType()).isEqualTo(SeriousCaseReview.KEY);
            assertThat(handover.findings()).isEqualTo("Agencies did not share what they knew; a shared protocol is needed");
        });
        assertThat(review.instance).hasPassed(Elements.FINDINGS_HANDED_OVER).isNotEnded();

        clockAt("2027-07-08T16:00:01Z");
        review.fire(Elements.PUBLICATION_PERIOD_ENDED);
        assertThat(review.task(Elements.DECIDE_AFTER_PUBLICATION_PERIOD)).hasCandidateGroup(Groups.BUSINESS_UNIT);
        review.complete(Elements.DECIDE_AFTER_PUBLICATION_PERIOD, Map.of(KEEP_PUBLISHED.name(), false,
            PUBLICATION_NOTE.name(), "Archived in the Board's records"));

        assertThat(review.instance).isEnded().hasPassed(Elements.REPORT_REMOVED)
            .hasNotPassed(Elements.CHECK_REVIEW_ON_TRACK, Elements.AGREE_REVISED_TIMETABLE, Elements.KEPT_UNTIL);
    }

    @Test
    @DisplayName("the panel returns the report with reasons, then the Board does: the reviewer redrafts each time")
    void panelAndBoardReturnTheReport() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY)
            .notified(ScrDates.TODAY).reviewerAppointed().termsAgreed().contributionsGathered().drafted();

        review.panelDecides(false, "The analysis of the health visitor's role is missing");
        assertThat(review.instance).isWaitingAt(Elements.DRAFT_REPORT)
            .variables().containsEntry(PANEL_COMMENTS.name(), "The analysis of the health visitor's role is missing");
        assertThat(review.task(Elements.DRAFT_REPORT)).hasCandidateGroup(Groups.INDEPENDENT_REVIEWERS);

        review.drafted().panelDecides(true, null);
        review.boardDecides(false, "Make the recommendations measurable");
        assertThat(review.instance).isWaitingAt(Elements.DRAFT_REPORT)
            .variables().containsEntry(BOARD_COMMENTS.name(), "Make the recommendations measurable");

        review.drafted().panelDecides(true, null).boardDecides(true, null);
        assertThat(review.instance).isWaitingAt(Elements.WRITE_BOARD_RESPONSE);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(review.instance.getId())
            .taskDefinitionKey(Elements.DRAFT_REPORT).count()).isEqualTo(3);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(review.instance.getId())
            .taskDefinitionKey(Elements.PANEL_ACCEPTS_REPORT).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("at 5 months the business unit and the SCR Sub Group are reminded; at 6 months the Board agrees a "
        + "revised timetable; the review carries on")
    void reminderAtFiveMonthsAndEscalationAtSix() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY).notified(ScrDates.TODAY).reviewerAppointed().termsAgreed();

        clockAt("2026-08-03T16:00:01Z");
        review.fire(Elements.REVIEW_DUE_IN_A_MONTH);
        Task check = review.task(Elements.CHECK_REVIEW_ON_TRACK);
        assertThat(check).hasCandidateGroup(Groups.BUSINESS_UNIT).hasCandidateGroup(Groups.SCR_SUBGROUP);
        assertThat(check.getDueDate()).as("5 working days").isEqualTo(Instant.parse("2026-08-10T16:00:00Z"));
        assertThat(review.tasks(Elements.PROVIDE_AGENCY_REPORT)).as("the review goes on").hasSize(2);
        review.complete(Elements.CHECK_REVIEW_ON_TRACK, Map.of(ON_TRACK.name(), false,
            PROGRESS_NOTE.name(), "Health's management report is late", EXPECTED_COMPLETION_ON.name(), "2026-10-30"));
        assertThat(review.instance).hasPassed(Elements.PROGRESS_CHECKED);

        clockAt("2026-09-02T16:00:01Z");
        review.fire(Elements.REVIEW_OVERDUE);
        Task escalation = review.task(Elements.AGREE_REVISED_TIMETABLE);
        assertThat(escalation).hasCandidateGroup(Groups.BOARD);
        assertThat(escalation.getDueDate()).isEqualTo(Instant.parse("2026-09-16T16:00:00Z"));
        review.complete(Elements.AGREE_REVISED_TIMETABLE, Map.of(DELAY_REASONS.name(), "Late management report",
            REVISED_COMPLETION_ON.name(), "2026-11-30"));
        assertThat(review.instance).hasPassed(Elements.REVISED_TIMETABLE_AGREED);

        assertThat(review.tasks(Elements.PROVIDE_AGENCY_REPORT)).hasSize(2);
        assertThat(review.hasJob(Elements.REVIEW_OVERDUE)).as("each clock fires once").isFalse();
    }

    @Test
    @DisplayName("after 12 months the report may stay published until a later date, and the question comes back then")
    void reportKeptPublishedLonger() {
        ScrCase review = publishedReview();
        clockAt("2027-07-08T16:00:01Z");
        review.fire(Elements.PUBLICATION_PERIOD_ENDED);

        review.complete(Elements.DECIDE_AFTER_PUBLICATION_PERIOD, Map.of(KEEP_PUBLISHED.name(), true,
            KEEP_UNTIL.name(), "2028-01-31", PUBLICATION_NOTE.name(), "Referred to in the national panel's report"));
        assertThat(review.instance).isWaitingAt(Elements.KEPT_UNTIL);
        assertThat(review.job(Elements.KEPT_UNTIL).getDuedate()).isEqualTo(Instant.parse("2028-01-31T17:00:00Z"));

        clockAt("2028-01-31T17:00:01Z");
        review.fire(Elements.KEPT_UNTIL);
        assertThat(review.task(Elements.DECIDE_AFTER_PUBLICATION_PERIOD)).hasCandidateGroup(Groups.BUSINESS_UNIT);
        review.complete(Elements.DECIDE_AFTER_PUBLICATION_PERIOD, Map.of(KEEP_PUBLISHED.name(), false));

        assertThat(review.instance).isEnded().hasPassed(Elements.KEPT_UNTIL, Elements.REPORT_REMOVED,
            Elements.FINDINGS_HANDED_OVER);
    }

    @Test
    @DisplayName("started from a referral: dated today, the referral's agencies, and a reference back to the referral")
    void startedFromAReferral() {
        String reference = starter.start(CaseType.SERIOUS_CASE_REVIEW, "REF-2026-0042", Map.of(
            "incidentKnownOn", "2026-02-20",
            "childAgeYears", 4L,
            SeriousCaseReview.CHILD_DIED.name(), true,
            "referringAgency", "agency-police",
            INVOLVED_AGENCIES.name(), StringListVariable.valueOf(List.of("agency-childrens-services"))));

        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
            .singleResult();
        assertThat(reference).matches("SCR-2026-\\d{4}");
        assertThat(instance).isWaitingAt(Elements.NOTIFY_INITIATION).variables()
            .containsEntry(INITIATED_ON.name(), ScrDates.TODAY)
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), "REF-2026-0042");

        ScrCase review = ScrCase.of(engine, instance).notified(ScrDates.TODAY).reviewerAppointed().termsAgreed();
        assertThat(candidateGroups(review.tasks(Elements.PROVIDE_AGENCY_REPORT)))
            .containsExactly(List.of("agency-childrens-services"));
    }

    @Test
    @DisplayName("started from the start form in Tasklist, with the date left empty: dated today")
    void startFormWithoutADate() {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(SeriousCaseReview.KEY).latestVersion().singleResult();
        Map<String, Object> form = new java.util.HashMap<>();
        form.put(INVOLVED_AGENCIES.name(), "agency-police,agency-probation");
        form.put(INITIATED_ON.name(), null);
        form.put(SeriousCaseReview.CHILD_DIED.name(), false);

        var instance = engine.getFormService().submitStartForm(definition.getId(), form);

        assertThat(instance).isWaitingAt(Elements.NOTIFY_INITIATION).variables()
            .containsEntry(INITIATED_ON.name(), ScrDates.TODAY);
        assertThat((List<Object>) engine.getRuntimeService().getVariable(instance.getId(), INVOLVED_AGENCIES.name()))
            .containsExactly("agency-police", "agency-probation");
    }

    private ScrCase publishedReview() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY).reviewDone(ScrDates.TODAY);
        clockAt("2026-07-01T09:00:00Z");
        review.copySent("2026-07-01", "2026-07-08");
        clockAt("2026-07-08T09:00:00Z");
        review.published("2026-07-08").findingsRecorded("Shared protocol needed");
        review.fire(Elements.HAND_OVER_FINDINGS);
        return review;
    }

    private List<List<String>> candidateGroups(List<Task> tasks) {
        return tasks.stream().map(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList()).toList();
    }
}
