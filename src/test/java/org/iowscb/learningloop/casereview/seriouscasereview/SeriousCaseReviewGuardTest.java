package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY_REPORTS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.CHILD_DIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.CHRONOLOGY_PROVIDED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.DELAY_REASONS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.FAMILY_TOLD_HOW;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INDEPENDENT_REVIEWER;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INITIATED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.KEEP_PUBLISHED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.KEEP_UNTIL;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.NOTIFIED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.NO_BLAME_EXPLAINED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.OFSTED_NOTIFIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PANEL_ACCEPTED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PUBLICATION_LINK;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PUBLISHED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.REVISED_COMPLETION_ON;

import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.RejectedInputException;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.Elements;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a sentence that says what to correct, and nothing is saved. */
@FixedClock(ScrDates.NOW)
class SeriousCaseReviewGuardTest extends ProcessTest {

    @Test
    @DisplayName("an unknown agency and a decision dated in the future start nothing")
    void badStartIsRefused() {
        long before = casesOf(SeriousCaseReview.KEY);
        assertRefused(() -> ScrCase.start(engine, Variables.createVariables()
            .putValue(INVOLVED_AGENCIES.name(), "agency-police, agency-unknown, school-a")
            .putValue(INITIATED_ON.name(), "2026-03-03")))
            .hasMessageContaining("Agencies taking part: 'agency-unknown' is not a known agency")
            .hasMessageContaining("Agencies taking part: 'school-a' is not a known agency")
            .hasMessageContaining("the decision to initiate cannot be dated in the future (Date of the decision to initiate is 03/03/2026)");
        assertThat(casesOf(SeriousCaseReview.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("no agency, a malformed date and a wrong type are each named")
    void everyStartProblemIsNamed() {
        assertRefused(() -> ScrCase.start(engine, Variables.createVariables()
            .putValue(INVOLVED_AGENCIES.name(), " ")
            .putValue(INITIATED_ON.name(), "2 March 2026")
            .putValue(CHILD_DIED.name(), "yes")),
            "Please correct: Agencies taking part needs at least one agency; Date of the decision to initiate must be a date written "
                + "yyyy-MM-dd, not '2 March 2026'; The child died must be true or false.");
    }

    @Test
    @DisplayName("a review cannot be initiated before the incident was known")
    void initiationBeforeTheIncidentIsRefused() {
        assertRefused(() -> ScrCase.start(engine, Variables.createVariables()
            .putValue(INVOLVED_AGENCIES.name(), "agency-police")
            .putValue(INCIDENT_KNOWN_ON.name(), "2026-02-20")
            .putValue(INITIATED_ON.name(), "2026-02-19")),
            "Please correct: the decision to initiate cannot come before the incident was known on "
                + "2026-02-20 (Date of the decision to initiate is 19/02/2026).");
    }

    @Test
    @DisplayName("all three notifications are needed, on a date between the decision and today")
    void notificationsAreChecked() {
        ScrCase review = ScrCase.start(engine, "2026-02-27");
        refused(review, Elements.NOTIFY_INITIATION, ScrCase.notification("2026-02-26").putValue(OFSTED_NOTIFIED.name(), false))
            .hasMessageContaining("Ofsted must be notified of the decision to initiate")
            .hasMessageContaining("the notifications cannot come before the decision to initiate on 2026-02-27");
        refused(review, Elements.NOTIFY_INITIATION, ScrCase.notification("2026-03-03"))
            .hasMessage("Please correct: the notifications cannot be dated in the future (Date the notifications were sent is 03/03/2026).");
        assertThat(review.variable(NOTIFIED_ON.name())).as("nothing saved").isNull();
    }

    @Test
    @DisplayName("the reviewer must be an independent reviewer, and their independence confirmed")
    void reviewerIndependenceIsRequired() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY).notified(ScrDates.TODAY);
        refused(review, Elements.APPOINT_REVIEWER, ScrCase.appointment("reviewer", false))
            .hasMessage("Please correct: the reviewer must be independent of the case and of the organisations whose "
                + "actions are reviewed: confirm it, or appoint another reviewer.");
        refused(review, Elements.APPOINT_REVIEWER, ScrCase.appointment("police", true))
            .hasMessage("Please correct: Independent reviewer: 'police' is not one of the independent reviewers.");
        assertThat(review.variable(INDEPENDENT_REVIEWER.name())).isNull();
    }

    @Test
    @DisplayName("an agency confirms its chronology and report were sent, and nothing is recorded until then")
    void agencyReportIsChecked() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY).notified(ScrDates.TODAY).reviewerAppointed().termsAgreed();
        String taskId = review.tasks(Elements.PROVIDE_AGENCY_REPORT).get(0).getId();

        assertRefused(() -> engine.getTaskService().complete(taskId, Variables.createVariables()
            .putValue(CHRONOLOGY_PROVIDED.name(), false)),
            "Please correct: the chronology must be sent to the business unit before this task is "
                + "completed; the individual management report must be sent to the business unit before this task "
                + "is completed; Document reference is required; Key issues for our agency is required.");
        assertThat(review.variable(AGENCY_REPORTS.name())).isNull();
        assertThat(review.tasks(Elements.PROVIDE_AGENCY_REPORT)).hasSize(2);
    }

    @Test
    @DisplayName("professionals are told there is no blame; the family is told how it will be involved")
    void contributionsFollowTheFrameworksPrinciples() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY).notified(ScrDates.TODAY).reviewerAppointed().termsAgreed();
        refused(review, Elements.INVITE_PROFESSIONALS, ScrCase.professionals(ScrDates.TODAY)
            .putValue(NO_BLAME_EXPLAINED.name(), false))
            .hasMessage("Please correct: professionals must be told they can contribute without fear of blame for "
                + "actions taken in good faith.");
        refused(review, Elements.INVITE_FAMILY, ScrCase.family(ScrDates.TODAY).putValue(FAMILY_TOLD_HOW.name(), false)
            .putValue(SeriousCaseReview.FAMILY_EXPECTATIONS.name(), ""))
            .hasMessage("Please correct: How their expectations are managed is required; the family must be told how they will be involved.");
    }

    @Test
    @DisplayName("returning the report needs reasons the reviewer can act on")
    void aReturnNeedsReasons() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY).notified(ScrDates.TODAY).reviewerAppointed().termsAgreed()
            .contributionsGathered().drafted();
        refused(review, Elements.PANEL_ACCEPTS_REPORT, Map.of(PANEL_ACCEPTED.name(), false))
            .hasMessage("Please correct: Reasons for returning the report is required: say why the report goes back to the reviewer.");
        refused(review, Elements.PANEL_ACCEPTS_REPORT, Map.of())
            .hasMessage("Please correct: The panel accepts the final report is required.");
        review.panelDecides(true, null);
        refused(review, Elements.BOARD_ACCEPTS_REPORT, Map.of(SeriousCaseReview.BOARD_ACCEPTED.name(), false,
            SeriousCaseReview.BOARD_COMMENTS.name(), " "))
            .hasMessage("Please correct: The Board's comments is required: say why the report goes back to the reviewer.");
    }

    @Test
    @DisplayName("publication at least a week after the copy to the national panel, on a real date, with a web address")
    void publicationRulesAreChecked() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY).reviewDone(ScrDates.TODAY);
        clockAt("2026-07-01T09:00:00Z");
        refused(review, Elements.SEND_COPY_TO_NATIONAL_PANEL, Map.of(SeriousCaseReview.COPY_SENT_ON.name(), "2026-07-01",
            SeriousCaseReview.PLANNED_PUBLICATION_ON.name(), "2026-07-07"))
            .hasMessage("Please correct: publication must be at least 7 days after the copy went to the national panel "
                + "on 2026-07-01 (Planned publication date is 07/07/2026).");
        refused(review, Elements.SEND_COPY_TO_NATIONAL_PANEL, Map.of(SeriousCaseReview.COPY_SENT_ON.name(), "2026-07-02"))
            .hasMessageContaining("the copy cannot be dated in the future (Date the copy was sent to the national panel is 02/07/2026)")
            .hasMessageContaining("Planned publication date is required");
        review.copySent("2026-07-01", "2026-07-08");
        clockAt("2026-07-08T09:00:00Z");

        refused(review, Elements.PUBLISH_REPORT, Map.of(PUBLISHED_ON.name(), "2026-07-06",
            PUBLICATION_LINK.name(), "www.iowscb.org.uk/scr"))
            .hasMessage("Please correct: publication must be at least 7 days after the copy went to the national panel "
                + "on 2026-07-01 (Date published is 06/07/2026); Link to the publication must be a web address starting with https://.");
        refused(review, Elements.PUBLISH_REPORT, Map.of(PUBLISHED_ON.name(), "2026-07-09",
            PUBLICATION_LINK.name(), "https://www.iowscb.org.uk/scr"))
            .hasMessage("Please correct: record the publication once it has happened: the publication date cannot be in "
                + "the future (Date published is 09/07/2026).");
        assertThat(review.variable(PUBLISHED_ON.name())).isNull();
    }

    @Test
    @DisplayName("a report kept published needs a future date; findings have a length limit")
    void afterPublicationRulesAreChecked() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY).reviewDone(ScrDates.TODAY);
        clockAt("2026-07-08T09:00:00Z");
        review.copySent("2026-07-01", "2026-07-08").published("2026-07-08");

        refused(review, Elements.RECORD_FINDINGS, Map.of(LearningLoop.FINDINGS.name(), "x".repeat(20_001)))
            .hasMessage("Please correct: Key findings is 20001 characters long; at most 20000 are accepted.");
        refused(review, Elements.RECORD_FINDINGS, Map.of())
            .hasMessage("Please correct: Key findings is required.");

        clockAt("2027-07-08T16:00:01Z");
        review.fire(Elements.PUBLICATION_PERIOD_ENDED);
        refused(review, Elements.DECIDE_AFTER_PUBLICATION_PERIOD, Map.of(KEEP_PUBLISHED.name(), true,
            KEEP_UNTIL.name(), "2027-07-08"))
            .hasMessage("Please correct: a report kept published needs a date after today (Keep it published until is 08/07/2027).");
        refused(review, Elements.DECIDE_AFTER_PUBLICATION_PERIOD, Map.of())
            .hasMessage("Please correct: Keep the report published for longer is required.");
    }

    @Test
    @DisplayName("the reminder needs a progress note; the revised timetable a future date")
    void timetableAnswersAreChecked() {
        ScrCase review = ScrCase.start(engine, ScrDates.TODAY);
        clockAt("2026-09-02T16:00:01Z");
        review.fire(Elements.REVIEW_DUE_IN_A_MONTH).fire(Elements.REVIEW_OVERDUE);

        refused(review, Elements.CHECK_REVIEW_ON_TRACK, Map.of(SeriousCaseReview.EXPECTED_COMPLETION_ON.name(), "2026-09-01"))
            .hasMessage("Please correct: The review is on track to finish within 6 months of initiation is required; Where the review stands is required; the expected completion date "
                + "cannot be in the past (Expected completion date is 01/09/2026).");
        refused(review, Elements.AGREE_REVISED_TIMETABLE, Map.of(DELAY_REASONS.name(), "Late reports",
            REVISED_COMPLETION_ON.name(), "2026-09-02"))
            .hasMessage("Please correct: the revised completion date must be after today (Revised completion date is 02/09/2026).");
        assertThat(review.instance).isWaitingAt(Elements.CHECK_REVIEW_ON_TRACK, Elements.AGREE_REVISED_TIMETABLE,
            Elements.NOTIFY_INITIATION);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(ScrCase review, String taskKey,
                                                                   Map<String, Object> answers) {
        String taskId = review.task(taskKey).getId();
        AbstractThrowableAssert<?, ? extends Throwable> refusal = assertThatThrownBy(
            () -> engine.getTaskService().complete(taskId, answers)).isInstanceOf(RejectedInputException.class);
        assertThat(review.task(taskKey).getId()).as("the task stays open").isEqualTo(taskId);
        return refusal;
    }
}
