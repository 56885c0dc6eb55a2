package org.iowscb.learningloop.casereview.lcspr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.Elements;
import org.iowscb.learningloop.casereview.CaseReviewFigures;
import org.iowscb.learningloop.casereview.rapidreview.RapidReview;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle;
import org.iowscb.learningloop.platform.deadline.StatutoryClock;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.LocalReviewCase;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The local child safeguarding practice review of Working Together 2023, through the engine. */
@FixedClock("2150-03-02T10:00:00Z") // Monday 2 March 2150
class LocalChildSafeguardingPracticeReviewProcessTest extends ProcessTest {

    /** The fixed clock's day: people are invited and reports sent on it. */
    private static final String TODAY = "2150-03-02";

    @Test
    @DisplayName("the rapid review decides on a local review: it starts with the facts, runs to publication, and its findings start a learning cycle")
    void fromTheRapidReviewToTheLearningCycle() {
        ProcessInstance rapidReview = rapidReviewThatDecidesOnALocalReview();
        assertThat(rapidReview).isWaitingAt(RapidReview.Elements.START_LCSPR);
        fire(rapidReview, RapidReview.Elements.START_LCSPR);
        assertThat(rapidReview).isEnded().hasPassed(RapidReview.Elements.LCSPR_TO_COMMISSION);

        String reference = (String) historicVariable(rapidReview, RapidReview.LCSPR_REFERENCE.name());
        assertThat(reference).matches("LCSPR-2150-\\d{4}");
        ProcessInstance review = byReference(reference);
        assertThat(review).variables()
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), rapidReview.getBusinessKey())
            .containsEntry(INCIDENT_KNOWN_ON.name(), "2150-02-23")
            .containsEntry(DECIDED_ON.name(), "2150-03-02")
            .containsEntry(CaseVariables.EDITION.name(), "wt2023")
            // six calendar months after the decision
            .containsEntry(REVIEW_DUE_ON.name(), "2150-09-02");
        assertThat(engine.getRuntimeService().getVariable(review.getId(), INVOLVED_AGENCIES.name()).toString())
            .contains("agency-police");

        runToPublication(review);
        clockAt("2150-03-11T10:00:00Z");
        walk(review).published("2150-03-11", "https://example.org/lcspr");
        writeResponse(review);
        recordFindingsAndHandOver(review, Groups.SCR_SUBGROUP, Map.of(FINDINGS.name(), "Police and health to share call-outs"));

        var handover = completedAndHandedOver(reference);
        assertThat(handover.sourceType()).isEqualTo(KEY);
        // the partners' yearly report counts it among the published reviews, as it does an SCR
        assertThat(figures.publishedReviews(LocalDate.parse("2150-03-01"), LocalDate.parse("2150-04-01")))
            .contains(new CaseReviewFigures.Published(reference, LocalDate.parse("2150-03-11")));
        assertThat(handover.learningCycleReference()).matches("LRN-2150-\\d{4}");
        ProcessInstance cycle = byReference(handover.learningCycleReference());
        assertThat(cycle).isWaitingAt(LearningCycle.Elements.IDENTIFY_LESSONS).variables()
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), reference)
            .containsEntry(FINDINGS.name(), "Police and health to share call-outs");
    }

    @Test
    @DisplayName("the reviewer's independence is recorded; a returned report goes back to the reviewer; not published, with reasons")
    void returnedAndNotPublished() {
        ProcessInstance review = startedByHand();
        String appoint = task(Elements.APPOINT_REVIEWER, review).getId();
        assertRefused(() -> engine.getTaskService().complete(appoint, Variables.createVariables()
            .putValue(INDEPENDENT_REVIEWER.name(), "reviewer").putValue(REVIEWER_INDEPENDENCE_CONFIRMED.name(), false)))
            .hasMessageContaining("confirm it, or appoint another reviewer")
            .hasMessageContaining("How the reviewer is independent is required");
        assertRefused(() -> engine.getTaskService().complete(appoint, LocalReviewCase.reviewer().putValue(INDEPENDENT_REVIEWER.name(), "police")))
            .hasMessageContaining("'police' is not one of the independent reviewers");
        engine.getTaskService().complete(appoint, LocalReviewCase.reviewer());
        walk(review).termsAgreed().practitionersAndFamilyInvolved(TODAY).drafted();
        String accept = task(Elements.ACCEPT_FINAL_REPORT, review).getId();
        assertRefused(() -> engine.getTaskService().complete(accept, Map.of(REPORT_ACCEPTED.name(), false)))
            .hasMessageContaining("Reasons for returning it is required");
        engine.getTaskService().complete(accept, Map.of(REPORT_ACCEPTED.name(), false, RETURN_REASONS.name(), "Say more about health"));
        assertThat(candidateGroups(task(Elements.DRAFT_REPORT, review))).containsExactly(Groups.INDEPENDENT_REVIEWERS);
        walk(review).drafted().accepted();

        String decide = task(Elements.DECIDE_PUBLICATION, review).getId();
        assertThat(candidateGroups(task(Elements.DECIDE_PUBLICATION, review))).containsExactly(Groups.BOARD);
        assertRefused(() -> engine.getTaskService().complete(decide, Map.of(PUBLISH.name(), false)))
            .hasMessageContaining("Reasons not to publish is required");
        engine.getTaskService().complete(decide, Map.of(PUBLISH.name(), false,
            REASONS_NOT_TO_PUBLISH.name(), "A sibling's criminal trial; a summary of the improvements is published instead"));
        complete(review, Elements.SEND_REPORT, Map.of(REPORT_SENT_ON.name(), "2150-03-02"));
        writeResponse(review);
        recordFindingsAndHandOver(review, Groups.SCR_SUBGROUP, Map.of(FINDINGS.name(), "Escalation between agencies"));
        assertThat(review).isEnded().hasNotPassed(Elements.PUBLISH_REPORT);
        assertThat(completedAndHandedOver(review.getBusinessKey()).learningCycleReference()).isNotNull();
    }

    @Test
    @DisplayName("the final report goes to the Panel and the Secretary of State at least 7 working days before publication")
    void sevenWorkingDaysBeforePublication() {
        ProcessInstance review = startedByHand();
        runToPublication(review);
        // publication was planned for 11 March 2150 after the report went on Monday 2 March: 7 working days
        assertThat(task(Elements.PUBLISH_REPORT, review).getDueDate()).isEqualTo(Instant.parse("2150-03-11T17:00:00Z"));

        ProcessInstance other = startedByHand();
        runToAcceptance(other);
        complete(other, Elements.DECIDE_PUBLICATION, Map.of(PUBLISH.name(), true));
        String send = task(Elements.SEND_REPORT, other).getId();
        assertRefused(() -> engine.getTaskService().complete(send, Map.of(REPORT_SENT_ON.name(), "2150-03-02",
            PLANNED_PUBLICATION_ON.name(), "2150-03-10")))
            .hasMessageContaining("publication must be at least 7 working days after the report went to the Panel and the Secretary of State on 2150-03-02");
        assertRefused(() -> engine.getTaskService().complete(send, Map.of(REPORT_SENT_ON.name(), "2150-03-03",
            PLANNED_PUBLICATION_ON.name(), "2150-04-10")))
            .hasMessageContaining("the report cannot have been sent in the future");
        assertRefused(() -> engine.getTaskService().complete(send, Map.of(REPORT_SENT_ON.name(), "2150-03-02")))
            .hasMessageContaining("Planned publication date is required");
    }

    @Autowired
    List<StatutoryClock> clocks;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    CaseReviewFigures figures;

    @Test
    @DisplayName("the board page shows the case against its 6-month clock, from the start to the day it is due")
    void theBoardPageClock() {
        StatutoryClock clock = clocks.stream().filter(c -> c.processKeys().contains(KEY)).findFirst().orElseThrow();
        assertThat(clock.name()).isEqualTo("Local review completed within 6 months of the decision");
        assertThat(clock.source()).contains("Working Together 2023").contains("configurable");
        var dates = clock.dates(Map.of(REVIEW_DUE_ON.name(), "2150-09-02")::get, LocalDate.parse("2150-03-02"), workingDays)
            .orElseThrow();
        assertThat(dates.due()).isEqualTo(LocalDate.parse("2150-09-02"));
        assertThat(dates.revisions()).isZero();
    }

    @Test
    @DisplayName("6 months after the decision the review is late: the partners agree a revised timetable, which the board page counts as slippage")
    void lateReview() {
        ProcessInstance review = startedByHand();
        assertThat(review).variables().containsEntry(REVIEW_DUE_ON.name(), "2150-09-02");
        // the timer falls at the end of the due day's working day
        assertThat(job(review, Elements.REVIEW_DUE_PASSED).getDuedate()).isEqualTo(Instant.parse("2150-09-02T16:00:00Z"));
        fire(review, Elements.REVIEW_DUE_PASSED);
        var late = task(Elements.AGREE_REVISED_TIMETABLE, review);
        assertThat(candidateGroups(late)).containsExactly(Groups.BOARD);
        assertThat(task(Elements.APPOINT_REVIEWER, review)).isNotNull();
        assertRefused(() -> engine.getTaskService().complete(late.getId(), Map.of(REVISED_COMPLETION_ON.name(), "2150-03-02")))
            .hasMessageContaining("Why the review is late is required")
            .hasMessageContaining("the revised completion date must be after today");
        complete(late, Map.of(DELAY_REASONS.name(), "A criminal trial", REVISED_COMPLETION_ON.name(), "2150-11-30"));
        assertThat(review).hasPassed(Elements.AGREE_REVISED_TIMETABLE).variables()
            .containsEntry(REVIEW_DUE_ON.name(), "2150-11-30").containsEntry(FIRST_REVIEW_DUE_ON.name(), "2150-09-02");
        StatutoryClock clock = clocks.stream().filter(c -> c.processKeys().contains(KEY)).findFirst().orElseThrow();
        var dates = clock.dates(Map.of(REVIEW_DUE_ON.name(), "2150-11-30", FIRST_REVIEW_DUE_ON.name(), "2150-09-02")::get,
            LocalDate.parse("2150-03-02"), workingDays).orElseThrow();
        assertThat(dates.revisions()).isEqualTo(1);
    }

    @Test
    @DisplayName("a start by hand needs known agencies, and a decision that is not in the future")
    void startIsChecked() {
        assertRefused(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, Variables.createVariables()
            .putValue(INVOLVED_AGENCIES.name(), List.of("agency-nobody")).putValue(DECIDED_ON.name(), "2150-03-03")))
            .hasMessageContaining("'agency-nobody' is not a known agency")
            .hasMessageContaining("the decision to hold the review cannot be dated in the future");
    }

    private ProcessInstance rapidReviewThatDecidesOnALocalReview() {
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey(RapidReview.KEY, Variables.createVariables()
            .putValue(RapidReview.INCIDENT_KNOWN_ON.name(), "2150-02-23").putValue(RapidReview.CHILD_AGE_YEARS.name(), 4L)
            .putValue(RapidReview.ABUSE_OR_NEGLECT.name(), true).putValue(RapidReview.CHILD_DIED.name(), false)
            .putValue(RapidReview.CHILD_SERIOUSLY_HARMED.name(), true).putValue(RapidReview.REFERRING_AGENCY.name(), "agency-police"));
        complete(review, RapidReview.Elements.ASK_AGENCIES_FOR_FACTS,
            Map.of(RapidReview.INVOLVED_AGENCIES.name(), List.of("agency-police")));
        complete(review, RapidReview.Elements.PROVIDE_AGENCY_FACTS, Map.of(RapidReview.AGENCY_FACTS.name(), "Two call-outs"));
        complete(review, RapidReview.Elements.CONSIDER_CRITERIA, Map.of(RapidReview.IMPROVEMENTS_NEEDED.name(), true,
            RapidReview.RECURRENT_THEMES.name(), false, RapidReview.AGENCIES_WORKING_TOGETHER_CONCERN.name(), true,
            RapidReview.PANEL_ADVISED_LOCAL_REVIEW.name(), false));
        complete(review, RapidReview.Elements.DECIDE_LCSPR, Map.of(RapidReview.DECIDED_REVIEW.name(), RapidReview.LCSPR));
        complete(review, RapidReview.Elements.SEND_TO_PANEL, Map.of(RapidReview.SENT_TO_PANEL_ON.name(), "2150-03-02"));
        complete(review, RapidReview.Elements.RECORD_PANEL_RESPONSE, Map.of(RapidReview.PANEL_RESPONSE.name(), RapidReview.AGREED));
        recordFindingsAndHandOver(review, Groups.SCR_SUBGROUP, Map.of(RapidReview.FINDINGS.name(), "Information sharing"));
        return review;
    }

    private ProcessInstance startedByHand() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, Variables.createVariables()
            .putValue(INVOLVED_AGENCIES.name(), List.of("agency-police", "agency-health")));
    }

    private void runToAcceptance(ProcessInstance review) {
        var appoint = task(Elements.APPOINT_REVIEWER, review);
        assertThat(candidateGroups(appoint)).containsExactly(Groups.BUSINESS_UNIT);
        walk(review).toAcceptance(TODAY);
    }

    private void runToPublication(ProcessInstance review) {
        runToAcceptance(review);
        walk(review).sentForPublication(TODAY, "2150-03-11");
        String publish = task(Elements.PUBLISH_REPORT, review).getId();
        assertRefused(() -> engine.getTaskService().complete(publish, Map.of(PUBLISHED_ON.name(), "2150-03-02",
            PUBLICATION_LINK.name(), "example.org")))
            .hasMessageContaining("publication must be at least 7 working days after")
            .hasMessageContaining("must be a web address starting with https://");
    }

    private void writeResponse(ProcessInstance review) {
        assertThat(candidateGroups(task(Elements.WRITE_PARTNERS_RESPONSE, review))).containsExactly(Groups.BOARD);
        walk(review).partnersResponded();
    }

    private LocalReviewCase walk(ProcessInstance review) {
        return LocalReviewCase.of(engine, review);
    }
}
