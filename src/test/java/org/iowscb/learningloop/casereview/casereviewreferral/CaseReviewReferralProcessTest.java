package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_DEATH_REVIEW_NEEDED;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REVIEW_REFERENCE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_DEATH_REVIEW_REFERENCE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REFERRED_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.RECOMMENDED_REVIEW_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.DECIDED_REVIEW_TYPE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.DEPARTURE_REASON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.OFSTED_NOTIFIED_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REVIEWING_AGENCY;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.Elements;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.RejectedInputException;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@FixedClock("2026-11-27T10:00:00Z") // Friday 27 November 2026, 10:00 in London
class CaseReviewReferralProcessTest extends ProcessTest {

    @Test
    @DisplayName("a child's death with abuse suspected: SCR recommended and chosen, a child death review too, Ofsted notified in time")
    void childDiedSeriousCaseReview() {
        ProcessInstance referral = refer(facts(true, true, false, "NONE"));

        assertThat(referral).isWaitingAt(Elements.NOTIFY_OFSTED, Elements.DECIDE_REVIEW_TYPE)
            .variables().containsEntry(RECOMMENDED_REVIEW_TYPE.name(), "SCR").containsEntry(REFERRED_ON.name(), "2026-11-27");
        assertThat(referral.getBusinessKey()).matches("REF-2026-\\d{4}");

        var notify = taskQuery().processInstanceId(referral.getId()).taskDefinitionKey(Elements.NOTIFY_OFSTED).singleResult();
        assertThat(notify).hasCandidateGroup("agency-childrens-services");
        // known on Monday 23 November 2026: five working days on is Monday 30 November, 17:00 GMT
        assertThat(notify.getDueDate()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        var decide = taskQuery().processInstanceId(referral.getId()).taskDefinitionKey(Elements.DECIDE_REVIEW_TYPE).singleResult();
        assertThat(decide).hasCandidateGroup(Groups.SCR_SUBGROUP);
        // a calendar month after the referral is Sunday 27 December; 28 December 2026 is the substitute Boxing Day
        assertThat(decide.getDueDate()).isEqualTo(Instant.parse("2026-12-29T17:00:00Z"));

        runJobs(referral);
        String deathReview = (String) engine.getRuntimeService().getVariable(referral.getId(), CHILD_DEATH_REVIEW_REFERENCE.name());
        assertThat(deathReview).matches("CDR-2026-\\d{4}");
        assertThat(sourceOf(deathReview)).isEqualTo(referral.getBusinessKey());

        complete(notify, Variables.createVariables().putValue(OFSTED_NOTIFIED_ON.name(), "2026-11-25"));
        complete(decide, decision("SCR").putValue(INVOLVED_AGENCIES.name(),
            List.of("agency-police", "agency-health")));
        runJobs(referral);

        assertThat(referral).isEnded().hasPassed(Elements.START_CHOSEN_REVIEW, Elements.START_CHILD_DEATH_REVIEW);
        String review = (String) historicVariable(referral, REVIEW_REFERENCE.name());
        assertThat(review).matches("SCR-2026-\\d{4}");
        assertThat(sourceOf(review)).as("the review points back to the referral").isEqualTo(referral.getBusinessKey());
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instanceOf(review))
            .variableName(INVOLVED_AGENCIES.name()).singleResult().getValue())
            .isEqualTo(List.of("agency-police", "agency-health"));
    }

    @Test
    @DisplayName("limited concern: IMR recommended and chosen, reviewed by the one agency concerned, no child death review")
    void limitedConcernIndividualManagementReview() {
        ProcessInstance referral = refer(facts(false, false, false, "LIMITED"));
        runJobs(referral);
        assertThat(referral).hasNotPassed(Elements.START_CHILD_DEATH_REVIEW);

        completeNotification(referral);
        complete(referral, Elements.DECIDE_REVIEW_TYPE, decision("IMR").putValue(REVIEWING_AGENCY.name(), "agency-health"));
        runJobs(referral);

        assertThat(referral).isEnded().hasPassed(Elements.START_CHOSEN_REVIEW);
        String review = (String) historicVariable(referral, REVIEW_REFERENCE.name());
        assertThat(review).matches("IMR-2026-\\d{4}");
        assertThat(engine.getRuntimeService().getVariable(instanceOf(review), REVIEWING_AGENCY.name())).isEqualTo("agency-health");
    }

    @Test
    @DisplayName("significant concern: MACR recommended; the Sub Group chooses a multi-agency review")
    void significantConcernMultiAgencyReview() {
        ProcessInstance referral = refer(facts(false, false, false, "SIGNIFICANT"));
        assertThat(referral).variables().containsEntry(RECOMMENDED_REVIEW_TYPE.name(), "MACR");
        completeNotification(referral);
        complete(referral, Elements.DECIDE_REVIEW_TYPE, decision("MACR")
            .putValue(INVOLVED_AGENCIES.name(), "agency-police, agency-probation"));
        runJobs(referral);

        String review = (String) historicVariable(referral, REVIEW_REFERENCE.name());
        assertThat(review).matches("MACR-2026-\\d{4}");
    }

    @Test
    @DisplayName("the Sub Group departs from the recommendation only with a reason; no review starts")
    void departingFromTheRecommendationNeedsAReason() {
        ProcessInstance referral = refer(facts(false, false, false, "SIGNIFICANT"));
        completeNotification(referral);
        String decide = task(Elements.DECIDE_REVIEW_TYPE, referral).getId();

        assertRefused(() -> engine.getTaskService().complete(decide, decision("NONE")),
            "Please correct: Why the Sub Group departs from the recommendation is required.");
        assertThat(referral).isWaitingAt(Elements.DECIDE_REVIEW_TYPE);

        engine.getTaskService().complete(decide, decision("NONE")
            .putValue(DEPARTURE_REASON.name(),
            "Single agency learning already under way; proportionate to do nothing more"));
        assertThat(referral).isEnded().hasNotPassed(Elements.START_CHOSEN_REVIEW);
    }

    @Test
    @DisplayName("a referral made by a child death review starts no second child death review")
    void referralFromAChildDeathReview() {
        VariableMap facts = facts(true, true, false, "NONE");
        CaseVariables.SOURCE_REFERENCE.putInto(facts, "CDR-2026-0042");
        ProcessInstance referral = refer(facts);
        runJobs(referral);

        assertThat(referral).variables().containsEntry(CHILD_DEATH_REVIEW_NEEDED.name(), false);
        assertThat(referral).hasNotPassed(Elements.START_CHILD_DEATH_REVIEW);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a future incident date | incidentKnownOn | 2026-12-01 | the date the incident became known cannot be in the future",
        "an adult             | childAgeYears   | 18         | not a child: refer to the Safeguarding Adults Board (Age of the child in years is 18)",
        "an unknown agency      | referringAgency | agency-fire | Referring agency: 'agency-fire' is not a known agency",
        "an unknown concern     | agencyWorkingConcern | SOME  | Concern about how organisations or professionals worked together to safeguard the child must be one of NONE, LIMITED, SIGNIFICANT",
        "a date that is no date | incidentKnownOn | 23/11/2026 | Date the local authority became aware of the incident must be a date written yyyy-MM-dd"})
    @DisplayName("a referral with bad facts is refused, and no case exists")
    void badFactsAreRefused(String what, String variable, String value, String message) {
        long before = casesOf(CaseReviewReferral.KEY);
        VariableMap facts = facts(true, false, true, "SIGNIFICANT");
        facts.putValue(variable, variable.equals("childAgeYears") ? Long.valueOf(value) : value);

        assertThatThrownBy(() -> refer(facts)).isInstanceOf(RejectedInputException.class).hasMessageContaining(message);
        assertThat(casesOf(CaseReviewReferral.KEY)).isEqualTo(before);
    }

    @Test
    void anOversizedSummaryIsRefused() {
        VariableMap facts = facts(true, false, true, "SIGNIFICANT");
        facts.putValue(CaseReviewReferral.SUMMARY.name(), "x".repeat(2001));
        assertThatThrownBy(() -> refer(facts)).isInstanceOf(RejectedInputException.class)
            .hasMessageContaining("Summary of the incident is 2001 characters long; at most 2000 are accepted");
    }

    @Test
    void ofstedCannotHaveBeenNotifiedBeforeTheIncidentWasKnown() {
        ProcessInstance referral = refer(facts(false, false, false, "NONE"));
        String notify = task(Elements.NOTIFY_OFSTED, referral).getId();
        assertRefused(() -> engine.getTaskService().complete(notify,
            Variables.createVariables().putValue(OFSTED_NOTIFIED_ON.name(), "2026-11-20")))
            .hasMessageContaining("Ofsted cannot have been notified before the incident became known on 2026-11-23");
    }

    static VariableMap facts(boolean abuse, boolean died, boolean harmed, String concern) {
        return Variables.createVariables()
            .putValue(CaseReviewReferral.INCIDENT_KNOWN_ON.name(), "2026-11-23")
            .putValue(CaseReviewReferral.CHILD_AGE_YEARS.name(), 7L)
            .putValue(CaseReviewReferral.ABUSE_OR_NEGLECT.name(), abuse)
            .putValue(CaseReviewReferral.CHILD_DIED.name(), died)
            .putValue(CaseReviewReferral.CHILD_SERIOUSLY_HARMED.name(), harmed)
            .putValue(CaseReviewReferral.AGENCY_WORKING_CONCERN.name(), concern)
            .putValue(CaseReviewReferral.REFERRING_AGENCY.name(), "agency-police")
            .putValue(CaseReviewReferral.SUMMARY.name(), "Child A, known to two agencies; injuries found at school.");
    }

    private ProcessInstance refer(VariableMap facts) {
        return engine.getRuntimeService().startProcessInstanceByKey(CaseReviewReferral.KEY, facts);
    }

    private static VariableMap decision(String type) {
        return Variables.createVariables().putValue(DECIDED_REVIEW_TYPE.name(), type);
    }

    private void completeNotification(ProcessInstance referral) {
        complete(referral, Elements.NOTIFY_OFSTED, Variables.createVariables().putValue(OFSTED_NOTIFIED_ON.name(), "2026-11-24"));
    }

    private void runJobs(ProcessInstance referral) {
        engine.getManagementService().createJobQuery().processInstanceId(referral.getId()).executable().list()
            .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    private String instanceOf(String reference) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
            .singleResult().getId();
    }

    private String sourceOf(String reference) {
        return (String) engine.getRuntimeService().getVariable(instanceOf(reference), CaseVariables.SOURCE_REFERENCE.name());
    }
}
