package org.iowscb.learningloop.casereview.individualmanagementreview;

import static org.iowscb.learningloop.support.DemoUsers.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.ACTION_POINTS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.ANALYSIS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.CHILD_DIED;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.CHRONOLOGY;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.LAST_RETURN_REASONS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.RECOMMENDATIONS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.REFERRING_AGENCY;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.RETURN_REASONS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.REVIEWING_AGENCY;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.REVIEW_ACCEPTED;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.REVIEW_QUESTIONS;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.Elements;
import org.iowscb.learningloop.learning.LearningHandovers.Handover;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@FixedClock(FixedClock.MONDAY_2_NOVEMBER_2026)
class IndividualManagementReviewProcessTest extends ProcessTest {

    /** Monday 2 November 2026, 10:00 in London (GMT). */
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    @DisplayName("from a referral: its own IMR reference, the referral's, the agency's task due in 30 working days")
    void startedFromAReferral() {
        String reference = starter.start(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, "REF-2026-0042", referral(HEALTH));
        ProcessInstance review = byReference(reference);

        assertThat(reference).matches("IMR-2026-\\d{4}");
        assertThat(review).isWaitingAt(Elements.REVIEW_OWN_INVOLVEMENT).hasPassed(Elements.REVIEW_COMMISSIONED)
            .variables()
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), "REF-2026-0042")
            .containsEntry(CaseVariables.CASE_REFERENCE.name(), reference)
            .containsEntry(REVIEWING_AGENCY.name(), HEALTH)
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(HEALTH));
        Task agencyReview = task(Elements.REVIEW_OWN_INVOLVEMENT, review);
        assertThat(agencyReview).hasCandidateGroup(HEALTH).hasName("Review your agency's involvement");
        assertThat(candidateGroups(agencyReview)).containsExactly(HEALTH);
        // 30 working days from Monday 2 November 2026: Monday 14 December, end of the working day
        assertThat(agencyReview.getDueDate()).isEqualTo(Instant.parse("2026-12-14T17:00:00Z"));
    }

    @Test
    @DisplayName("started directly by the Sub Group: the agency id is trimmed and becomes the one involved agency")
    void startedDirectly() {
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey(IndividualManagementReview.KEY,
            Variables.createVariables()
                .putValue(REVIEWING_AGENCY.name(), " agency-police ")
                .putValue(INCIDENT_KNOWN_ON.name(), "2026-10-20")
                .putValue(REVIEW_QUESTIONS.name(), "Was the referral to children's services made in time?"));

        assertThat(review.getBusinessKey()).matches("IMR-2026-\\d{4}");
        assertThat(review).isWaitingAt(Elements.REVIEW_OWN_INVOLVEMENT).variables()
            .containsEntry(REVIEWING_AGENCY.name(), "agency-police")
            .containsEntry(INVOLVED_AGENCIES.name(), List.of("agency-police"))
            .doesNotContainKey(CaseVariables.SOURCE_REFERENCE.name());
        assertThat(task(review)).hasCandidateGroup("agency-police");
    }

    @Test
    @DisplayName("happy path - the Sub Group accepts the review; its findings go to the learning loop")
    void acceptedFirstTime() {
        ProcessInstance review = byReference(starter.start(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, "REF-2026-0043",
            referral(HEALTH)));

        submitAgencyReview(review);
        Task consideration = task(Elements.CONSIDER_MANAGEMENT_REVIEW, review);
        assertThat(consideration).hasCandidateGroup(Groups.SCR_SUBGROUP);
        assertThat(candidateGroups(consideration)).containsExactly(Groups.SCR_SUBGROUP);
        // 15 working days from Monday 2 November 2026
        assertThat(consideration.getDueDate()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));

        complete(consideration, Variables.createVariables().putValue(REVIEW_ACCEPTED.name(), true));
        Task findings = task(Elements.RECORD_FINDINGS, review);
        assertThat(findings).hasCandidateGroup(Groups.SCR_SUBGROUP);
        assertThat(findings.getDueDate()).isEqualTo(Instant.parse("2026-11-16T17:00:00Z"));

        complete(findings, Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "Health visitors did not share concerns with the GP"));
        assertThat(review).isWaitingAt(Elements.HAND_FINDINGS_TO_LEARNING_LOOP);
        assertThat(handovers.find(review.getBusinessKey())).isEmpty();

        handOver(review);

        assertThat(review).isEnded().hasPassed(Elements.REVIEW_COMPLETED);
        Handover handover = handovers.find(review.getBusinessKey()).orElseThrow();
        assertThat(handover.sourceType()).isEqualTo(IndividualManagementReview.KEY);
        assertThat(handover.findings()).isEqualTo("Health visitors did not share concerns with the GP");
        assertThat(handover.handedOverAt().toInstant()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("sent back with reasons: the agency sees them and revises within 10 working days")
    void returnedWithReasonsThenAccepted() {
        ProcessInstance review = byReference(starter.start(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, "REF-2026-0044",
            referral(HEALTH)));
        submitAgencyReview(review);

        clockAt("2026-11-16T10:00:00Z");
        complete(task(Elements.CONSIDER_MANAGEMENT_REVIEW, review), Variables.createVariables()
            .putValue(REVIEW_ACCEPTED.name(), false)
            .putValue(RETURN_REASONS.name(), "The chronology stops before the second A&E attendance"));

        assertThat(review).isWaitingAt(Elements.REVIEW_OWN_INVOLVEMENT).variables()
            .containsEntry(RETURN_REASONS.name(), "The chronology stops before the second A&E attendance");
        Task revision = task(Elements.REVIEW_OWN_INVOLVEMENT, review);
        assertThat(candidateGroups(revision)).containsExactly(HEALTH);
        // 10 working days from Monday 16 November 2026
        assertThat(revision.getDueDate()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));

        complete(revision, agencyReview().putValue(CHRONOLOGY.name(), "Both attendances, in order"));
        assertThat(review).isWaitingAt(Elements.CONSIDER_MANAGEMENT_REVIEW).variables()
            .containsEntry(LAST_RETURN_REASONS.name(), "The chronology stops before the second A&E attendance")
            .containsEntry(CHRONOLOGY.name(), "Both attendances, in order")
            .doesNotContainKey(RETURN_REASONS.name());

        complete(task(Elements.CONSIDER_MANAGEMENT_REVIEW, review), Variables.createVariables()
            .putValue(REVIEW_ACCEPTED.name(), true));
        complete(task(Elements.RECORD_FINDINGS, review), Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "Chronologies must cover every attendance"));
        handOver(review);

        assertThat(review).isEnded().hasPassed(Elements.REVIEW_COMPLETED);
        assertThat(handovers.find(review.getBusinessKey())).isPresent();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(review.getId())
            .taskDefinitionKey(Elements.REVIEW_OWN_INVOLVEMENT).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("a start without a known agency or with a future incident date is refused and starts nothing")
    void badStartIsRefused() {
        long before = casesOf(IndividualManagementReview.KEY);

        assertRefused(() -> start(Variables.createVariables()
            .putValue(INCIDENT_KNOWN_ON.name(), "2026-10-20")), "Please correct: Reviewing agency is required.");
        assertRefused(() -> start(Variables.createVariables()
            .putValue(REVIEWING_AGENCY.name(), "agency-fire-service")
            .putValue(INCIDENT_KNOWN_ON.name(), "2026-11-03")))
            .hasMessageContaining("Reviewing agency: 'agency-fire-service' is not a known agency")
            .hasMessageContaining("the incident date cannot be in the future (Date the local authority became aware of the incident is 03/11/2026)");
        assertRefused(() -> start(Variables.createVariables()
            .putValue(REVIEWING_AGENCY.name(), "scr-subgroup")
            .putValue(INCIDENT_KNOWN_ON.name(), "last week")))
            .hasMessageContaining("Reviewing agency: 'scr-subgroup' is not a known agency")
            .hasMessageContaining("Date the local authority became aware of the incident must be a date written yyyy-MM-dd, not 'last week'");
        assertRefused(() -> start(Variables.createVariables()
            .putValue(REVIEWING_AGENCY.name(), HEALTH)
            .putValue(INCIDENT_KNOWN_ON.name(), "2026-10-20")
            .putValue(INVOLVED_AGENCIES.name(), List.of(HEALTH, "agency-nobody"))),
            "Please correct: Agencies taking part: 'agency-nobody' is not a known agency.");

        assertThat(casesOf(IndividualManagementReview.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("an agency review without its analysis is refused and the task stays open, unchanged")
    void incompleteAgencyReviewIsRefused() {
        ProcessInstance review = byReference(starter.start(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, "REF-2026-0045",
            referral(HEALTH)));
        Task open = task(Elements.REVIEW_OWN_INVOLVEMENT, review);

        assertRefused(() -> complete(open, Variables.createVariables()
            .putValue(CHRONOLOGY.name(), "Seen twice in clinic")
            .putValue(RECOMMENDATIONS.name(), "x".repeat(20_001))),
            "Please correct: Analysis is required; Recommendations is 20001 characters long; "
                + "at most 20000 are accepted.");

        assertThat(review).isWaitingAt(Elements.REVIEW_OWN_INVOLVEMENT);
        assertThat(engine.getRuntimeService().getVariable(review.getId(), CHRONOLOGY.name())).isNull();
    }

    @Test
    @DisplayName("the Sub Group must say why when it sends a review back")
    void returnNeedsReasons() {
        ProcessInstance review = byReference(starter.start(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, "REF-2026-0046",
            referral(HEALTH)));
        submitAgencyReview(review);

        assertRefused(() -> complete(task(Elements.CONSIDER_MANAGEMENT_REVIEW, review),
            Variables.createVariables().putValue(REVIEW_ACCEPTED.name(), false)),
            "Please correct: Reasons for returning it is required.");
        assertRefused(() -> complete(task(Elements.CONSIDER_MANAGEMENT_REVIEW, review),
            Variables.createVariables().putValue(REVIEW_ACCEPTED.name(), "maybe")),
            "Please correct: The Sub Group accepts the review must be true or false.");
        assertThat(review).isWaitingAt(Elements.CONSIDER_MANAGEMENT_REVIEW);
    }

    @Test
    @DisplayName("findings are required and no longer than the learning loop accepts")
    void findingsAreChecked() {
        ProcessInstance review = byReference(starter.start(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, "REF-2026-0047",
            referral(HEALTH)));
        submitAgencyReview(review);
        complete(task(Elements.CONSIDER_MANAGEMENT_REVIEW, review),
            Variables.createVariables().putValue(REVIEW_ACCEPTED.name(), true));

        assertRefused(() -> complete(task(Elements.RECORD_FINDINGS, review), Variables.createVariables()),
            "Please correct: Key findings is required.");
        assertRefused(() -> complete(task(Elements.RECORD_FINDINGS, review), Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "y".repeat(LearningLoop.MAX_FINDINGS + 1))))
            .hasMessageContaining("Key findings is 20001 characters long");
        assertThat(review).isWaitingAt(Elements.RECORD_FINDINGS);
    }

    static Map<String, Object> referral(String agency) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INCIDENT_KNOWN_ON.name(), "2026-10-26");
        variables.put(CHILD_AGE_YEARS.name(), 4L);
        variables.put(CHILD_DIED.name(), false);
        variables.put(REFERRING_AGENCY.name(), "agency-childrens-services");
        variables.put(INVOLVED_AGENCIES.name(), Variables.objectValue(List.of(agency))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        variables.put(REVIEWING_AGENCY.name(), agency);
        return variables;
    }

    private void submitAgencyReview(ProcessInstance review) {
        complete(task(Elements.REVIEW_OWN_INVOLVEMENT, review), agencyReview());
    }

    private static VariableMap agencyReview() {
        return Variables.createVariables()
            .putValue(CHRONOLOGY.name(), "Seen in clinic on 1 and 15 October")
            .putValue(ANALYSIS.name(), "Concerns were noted but not shared")
            .putValue(RECOMMENDATIONS.name(), "Share concerns with the GP the same day")
            .putValue(ACTION_POINTS.name(), "Named nurse to brief clinic staff by January");
    }

    private ProcessInstance start(VariableMap variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(IndividualManagementReview.KEY, variables);
    }
}
