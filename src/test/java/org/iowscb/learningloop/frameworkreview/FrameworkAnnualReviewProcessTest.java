package org.iowscb.learningloop.frameworkreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.BOARD_COMMENTS;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.NEXT_REVIEW_DATE;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.RATIFIED;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REASON;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REVISION_NEEDED;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.WHAT_CHANGED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.Elements;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.Jobs;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.impl.util.ClockUtil;

@FixedClock("2026-11-27T10:00:00Z") // Friday 27 November 2026, 10:00 in London (GMT)
class FrameworkAnnualReviewProcessTest extends ProcessTest {

    @Test
    @DisplayName("the yearly review falls due every 3 December, anchored on the 2014 ratification")
    void yearlyTimerStartsAReviewAndSchedulesTheNextOne() {
        Job timer = Jobs.single(engine.getManagementService(), Elements.ANNUAL_REVIEW_DUE);
        // the engine schedules the first 3 December after the model was deployed, whatever today is
        Instant due = firstThirdOfDecemberAfter(deploymentTimeOf(timer));
        assertThat(timer.getDuedate()).isEqualTo(due);

        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
        engine.getManagementService().executeJob(timer.getId());

        String startedByTimer = engine.getHistoryService().createHistoricActivityInstanceQuery()
            .activityId(Elements.ANNUAL_REVIEW_DUE).singleResult().getProcessInstanceId();
        ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(startedByTimer).singleResult();
        assertThat(review).isWaitingAt(Elements.REVIEW_FRAMEWORK).hasPassed(Elements.ANNUAL_REVIEW_DUE);
        assertThat(review.getBusinessKey()).matches("FWR-" + due.atZone(ZoneOffset.UTC).getYear() + "-\\d{4}");
        assertThat(Jobs.single(engine.getManagementService(), Elements.ANNUAL_REVIEW_DUE).getDuedate())
            .as("next yearly review")
            .isEqualTo(due.atZone(ZoneOffset.UTC).plusYears(1).toInstant());

        completeReview(review, false);
        assertThat(review).isEnded().hasPassed(Elements.FRAMEWORK_CONFIRMED);
    }

    /** 09:00 UTC (GMT in December) on the first 3 December after {@code instant}. */
    static Instant firstThirdOfDecemberAfter(Instant instant) {
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        Instant candidate = LocalDateTime.of(year, 12, 3, 9, 0).toInstant(ZoneOffset.UTC);
        return candidate.isAfter(instant) ? candidate : LocalDateTime.of(year + 1, 12, 3, 9, 0).toInstant(ZoneOffset.UTC);
    }

    private Instant deploymentTimeOf(Job timer) {
        String deploymentId = engine.getRepositoryService().getProcessDefinition(timer.getProcessDefinitionId())
            .getDeploymentId();
        return engine.getRepositoryService().createDeploymentQuery().deploymentId(deploymentId).singleResult()
            .getDeploymentTime().toInstant();
    }

    @Test
    @DisplayName("an earlier review on request goes to the SCR Sub Group with its reason and a due date")
    void earlierReviewOnRequest() {
        ProcessInstance review = requestEarlierReview("Working Together 2015 published");

        assertThat(review).isWaitingAt(Elements.REVIEW_FRAMEWORK)
            .hasPassed(Elements.EARLIER_REVIEW_REQUESTED)
            .variables().containsEntry(REASON.name(), "Working Together 2015 published")
            .containsEntry(CaseVariables.CASE_REFERENCE.name(), review.getBusinessKey());
        assertThat(review.getBusinessKey()).matches("FWR-2026-\\d{4}");
        assertThat(task(review)).hasCandidateGroup(Groups.SCR_SUBGROUP);
        // one calendar month on is Sunday 27 December; Monday 28 is the substitute Boxing Day
        assertThat(task(review).getDueDate()).isEqualTo(Instant.parse("2026-12-29T17:00:00Z"));
    }

    @Test
    @DisplayName("happy path - no revision needed: the framework is confirmed")
    void noRevisionConfirmsTheFramework() {
        ProcessInstance review = requestEarlierReview("National agenda changed");
        completeReview(review, false);
        assertThat(review).isEnded().hasPassed(Elements.FRAMEWORK_CONFIRMED).hasNotPassed(Elements.RATIFY_REVISION);
    }

    @Test
    @DisplayName("happy path - a revision ratified by the Board")
    void revisionRatifiedByTheBoard() {
        ProcessInstance review = requestEarlierReview("New statutory guidance");
        completeReview(review, true);

        assertThat(review).isWaitingAt(Elements.RATIFY_REVISION);
        assertThat(task(review)).hasCandidateGroup(Groups.BOARD);
        complete(task(review), Variables.createVariables()
            .putValue(RATIFIED.name(), true));

        assertThat(review).isEnded().hasPassed(Elements.REVISED_FRAMEWORK_RATIFIED);
    }

    @Test
    @DisplayName("the Board returns a revision with comments; the Sub Group sees them and revises again")
    void boardReturnsARevision() {
        ProcessInstance review = requestEarlierReview("New statutory guidance");
        completeReview(review, true);
        complete(task(review), Variables.createVariables()
            .putValue(RATIFIED.name(), false)
            .putValue(BOARD_COMMENTS.name(), "Add the national panel's role"));

        assertThat(review).isWaitingAt(Elements.REVIEW_FRAMEWORK)
            .variables().containsEntry(BOARD_COMMENTS.name(), "Add the national panel's role");

        completeReview(review, true);
        complete(task(review), Variables.createVariables()
            .putValue(RATIFIED.name(), true));
        assertThat(review).isEnded().hasPassed(Elements.REVISED_FRAMEWORK_RATIFIED);
    }

    @Test
    @DisplayName("a request without a reason is refused and starts nothing")
    void requestWithoutReasonIsRefused() {
        long before = casesOf(FrameworkAnnualReview.KEY);
        assertRefused(() -> engine.getRuntimeService()
            .createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED).correlateStartMessage(),
            "Please correct: Why an earlier review was requested is required.");
        assertThat(casesOf(FrameworkAnnualReview.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("a next review date in the past is refused and the review stays open, unchanged")
    void pastNextReviewDateIsRefused() {
        ProcessInstance review = requestEarlierReview("Guidance");
        Task open = task(review);

        assertRefused(() -> complete(open, reviewVariables(false)
            .putValue(NEXT_REVIEW_DATE.name(), "2026-11-01")))
            .hasMessageContaining("the next review date must be after today (Next review date is 01/11/2026)");

        assertThat(review).isWaitingAt(Elements.REVIEW_FRAMEWORK);
        assertThat(engine.getRuntimeService().getVariable(review.getId(), WHAT_CHANGED.name())).isNull();
    }

    @Test
    @DisplayName("oversized text, a wrong type and a date more than two years ahead are all named at once")
    void everyProblemIsNamed() {
        ProcessInstance review = requestEarlierReview("Guidance");

        assertRefused(() -> complete(task(review), Variables.createVariables()
            .putValue(WHAT_CHANGED.name(), "x".repeat(FrameworkAnnualReview.MAX_TEXT + 1))
            .putValue(REVISION_NEEDED.name(), "yes")
            .putValue(NEXT_REVIEW_DATE.name(), "2030-01-01")))
            .hasMessageContaining("What has changed since the last review is 20001 characters long; at most 20000 are accepted")
            .hasMessageContaining("The framework needs revising must be true or false")
            .hasMessageContaining("the next review date must be within two years");
        assertThat(review).isWaitingAt(Elements.REVIEW_FRAMEWORK);
    }

    @Test
    @DisplayName("the Board must say why when it does not ratify")
    void boardMustExplainARefusal() {
        ProcessInstance review = requestEarlierReview("Guidance");
        completeReview(review, true);

        assertRefused(() -> complete(task(review), Variables.createVariables()
            .putValue(RATIFIED.name(), false)), "Please correct: The Board's comments is required.");
        assertThat(review).isWaitingAt(Elements.RATIFY_REVISION);
    }

    private ProcessInstance requestEarlierReview(String reason) {
        return engine.getRuntimeService()
            .createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
            .setVariable(REASON.name(), reason)
            .correlateStartMessage();
    }

    private void completeReview(ProcessInstance review, boolean revisionNeeded) {
        assertThat(review).isWaitingAt(Elements.REVIEW_FRAMEWORK);
        complete(task(review), reviewVariables(revisionNeeded));
    }

    private static VariableMap reviewVariables(boolean revisionNeeded) {
        return Variables.createVariables()
            .putValue(WHAT_CHANGED.name(), "Working Together revised; new national panel")
            .putValue(REVISION_NEEDED.name(), revisionNeeded)
            .putValue(NEXT_REVIEW_DATE.name(), LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC)
                .plusYears(1).toString());
    }
}
