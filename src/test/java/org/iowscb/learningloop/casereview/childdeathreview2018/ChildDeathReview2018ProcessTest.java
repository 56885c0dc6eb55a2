package org.iowscb.learningloop.casereview.childdeathreview2018;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.*;
import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;
import static org.iowscb.learningloop.support.DemoUsers.HEALTH;
import static org.iowscb.learningloop.support.DemoUsers.POLICE;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.Elements;
import org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@FixedClock("2026-03-10T10:00:00Z") // Tuesday 10 March 2026, 10:00 in London (GMT)
class ChildDeathReview2018ProcessTest extends ProcessTest {

    static final String DIED = "2026-03-08";

    @Test
    @DisplayName("an expected death: no joint agency response advised or held, agencies, meeting, CDOP, NCMD record, learning loop")
    void expectedDeathWithoutJointAgencyResponse() {
        ProcessInstance review = notify(Map.of(), POLICE + "," + HEALTH);

        assertThat(review.getBusinessKey()).matches("CDR-2026-\\d{4}");
        assertThat(review).isWaitingAt(Elements.DECIDE_IMMEDIATE_RESPONSE).variables()
            .containsEntry(JAR_ADVICE.name(), NO_JAR)
            .containsEntry(NOTIFIED_ON.name(), "2026-03-10")
            .containsEntry(REFERRED_FOR_RAPID_REVIEW.name(), false)
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(POLICE, HEALTH));
        assertThat(task(review)).hasCandidateGroup(Groups.CDOP);
        // 1 working day (configurable local target): Wednesday 11 March, 17:00 GMT
        assertThat(task(review).getDueDate()).isEqualTo(Instant.parse("2026-03-11T17:00:00Z"));

        decide(review, false, false, null);
        assertThat(review).hasPassed(Elements.SUSPECTED_AT_DECISION, Elements.JOINT_AGENCY_RESPONSE_NEEDED)
            .hasNotPassed(Elements.REFER_AT_DECISION, Elements.RECORD_JOINT_AGENCY_RESPONSE)
            .isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION);
        List<Task> agencies = tasksOf(review, Elements.PROVIDE_AGENCY_INFORMATION);
        assertThat(agencies).extracting(t -> candidateGroups(t).get(0)).containsExactlyInAnyOrder(POLICE, HEALTH);
        // 20 working days skip Good Friday and Easter Monday: Thursday 9 April, 17:00 BST
        assertThat(agencies).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Instant.parse("2026-04-09T16:00:00Z")));

        giveInformation(review, POLICE, false);
        giveInformation(review, HEALTH, false);
        assertThat(review).isWaitingAt(Elements.RECORD_REVIEW_MEETING);
        assertThat(engine.getRuntimeService().getVariable(review.getId(), AGENCY_REPORTS.name()).toString())
            .contains(POLICE, HEALTH);

        recordMeeting(review);
        assertThat(review).isWaitingAt(Elements.CDOP_REVIEW);
        reviewAtCdop(review, false, "infection", "no");
        assertThat(review).hasNotPassed(Elements.REFER_AT_CDOP).isWaitingAt(Elements.RECORD_NCMD_NOTIFICATION);
        assertThat(candidateGroups(task(review))).containsExactly(Groups.BUSINESS_UNIT);

        recordNcmd(review);
        handOver(review);
        assertThat(review).isEnded().hasPassed(Elements.CHILD_DEATH_REVIEWED);
        var handover = handovers.find(review.getBusinessKey()).orElseThrow();
        assertThat(handover.sourceType()).isEqualTo(ChildDeathReview2018.KEY);
        assertThat(historicVariable(review, NCMD_NOTIFIED_ON.name())).isEqualTo("2026-03-09");
    }

    @Test
    @DisplayName("a sudden unexpected death in infancy: the criteria advise a joint agency response, the CDOP holds one")
    void suddenDeathGetsAJointAgencyResponse() {
        ProcessInstance review = notify(Map.of(SUDDEN_NO_APPARENT_CAUSE.name(), true), HEALTH);
        assertThat(review).variables().containsEntry(JAR_ADVICE.name(), "SUDDEN_NO_APPARENT_CAUSE");

        decide(review, true, false, null);
        assertThat(review).isWaitingAt(Elements.RECORD_JOINT_AGENCY_RESPONSE);
        complete(review, Elements.RECORD_JOINT_AGENCY_RESPONSE, Variables.createVariables()
            .putValue(JAR_MEETING_HELD_ON.name(), "2026-03-09")
            .putValue(JAR_SUMMARY.name(), "Joint home visit; unsafe sleeping environment"));
        assertThat(review).hasPassed(Elements.RECORD_JOINT_AGENCY_RESPONSE).isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION);
    }

    @Test
    @DisplayName("the CDOP may depart from the advice, with its reasons")
    void departingFromTheAdviceNeedsReasons() {
        ProcessInstance review = notify(Map.of(EXTERNAL_CAUSES.name(), true), HEALTH);
        assertThat(review).variables().containsEntry(JAR_ADVICE.name(), "EXTERNAL_CAUSES");
        assertRefused(() -> decide(review, false, false, null))
            .hasMessageContaining("Reasons for departing from the advice is required");

        decide(review, false, false, "A road traffic collision fully investigated by the police");
        assertThat(review).hasNotPassed(Elements.RECORD_JOINT_AGENCY_RESPONSE);
    }

    @Test
    @DisplayName("abuse or neglect suspected at the immediate decision: recorded once as referred for a rapid review decision")
    void referralAtTheDecisionIsRecordedOnce() {
        ProcessInstance review = notify(Map.of(ABUSE_OR_NEGLECT_SUSPECTED.name(), true), POLICE);
        assertThat(review).variables().containsEntry(JAR_ADVICE.name(), "NOT_NATURAL_SUSPECTED");
        decide(review, true, true, null);
        fire(review, Elements.REFER_AT_DECISION);
        assertThat(review).variables()
            .containsEntry(REFERRED_FOR_RAPID_REVIEW.name(), true)
            .containsEntry(RAPID_REVIEW_REFERRED_ON.name(), "2026-03-10")
            .containsEntry(RAPID_REVIEW_REFERRAL_REASON.name(), "abuse or neglect suspected at the immediate decision");
        complete(review, Elements.RECORD_JOINT_AGENCY_RESPONSE, Variables.createVariables()
            .putValue(JAR_MEETING_HELD_ON.name(), "2026-03-10").putValue(JAR_SUMMARY.name(), "Injuries unexplained"));

        giveInformation(review, POLICE, true);
        assertThat(review).hasNotPassed(Elements.REFER_FROM_AGENCY_INFORMATION).hasPassed(Elements.AGENCY_INFORMATION_GIVEN);
        recordMeeting(review);
        reviewAtCdop(review, true, "deliberately-inflicted-injury-abuse-or-neglect", "yes");
        assertThat(review).hasNotPassed(Elements.REFER_AT_CDOP).isWaitingAt(Elements.RECORD_NCMD_NOTIFICATION);
    }

    @Test
    @DisplayName("an agency suspects abuse or neglect: recorded at once, while the other agencies still write")
    void referralFromAnAgency() {
        ProcessInstance review = notify(Map.of(), POLICE + "," + HEALTH);
        decide(review, false, false, null);
        giveInformation(review, POLICE, true);
        fire(review, Elements.REFER_FROM_AGENCY_INFORMATION);

        assertThat(review).hasPassed(Elements.AGENCY_INFORMATION_REFERRED).variables()
            .containsEntry(RAPID_REVIEW_REFERRAL_REASON.name(), "abuse or neglect suspected in the information of " + POLICE);
        assertThat(tasksOf(review, Elements.PROVIDE_AGENCY_INFORMATION)).hasSize(1);
        giveInformation(review, HEALTH, false);
        recordMeeting(review);
        reviewAtCdop(review, true, "trauma-and-other-external-factors", "insufficient-information");
        assertThat(review).hasNotPassed(Elements.REFER_AT_CDOP);
    }

    @Test
    @DisplayName("abuse or neglect first suspected at the CDOP review: recorded as referred there")
    void referralAtTheCdop() {
        ProcessInstance review = notify(Map.of(), HEALTH);
        decide(review, false, false, null);
        giveInformation(review, HEALTH, false);
        recordMeeting(review);
        reviewAtCdop(review, true, "deliberately-inflicted-injury-abuse-or-neglect", "yes");
        fire(review, Elements.REFER_AT_CDOP);

        assertThat(review).hasPassed(Elements.REFER_AT_CDOP).isWaitingAt(Elements.RECORD_NCMD_NOTIFICATION).variables()
            .containsEntry(RAPID_REVIEW_REFERRAL_REASON.name(), "abuse or neglect suspected at the CDOP review")
            .as("a wt2013 case only records the referral").doesNotContainKey(SERIOUS_INCIDENT_NOTIFICATION_REFERENCE.name());
        recordNcmd(review);
        handOver(review);
        assertThat(review).isEnded();
    }

    @Test
    @DisplayName("wt2023: abuse or neglect suspected in an agency's information starts a serious incident notification, once")
    void aSuspicionUnderWt2023IsNotifiedAsASeriousIncident() {
        clockAt("2150-01-16T10:00:00Z");
        ProcessInstance review = notify(Map.of(), POLICE + "," + HEALTH);
        assertThat(review).variables().containsEntry(CaseVariables.EDITION.name(), "wt2023");
        decide(review, false, false, null);
        giveInformation(review, POLICE, true);
        fire(review, Elements.REFER_FROM_AGENCY_INFORMATION);

        String notification = (String) engine.getRuntimeService()
            .getVariable(review.getId(), SERIOUS_INCIDENT_NOTIFICATION_REFERENCE.name());
        assertThat(notification).matches("SIN-2150-\\d{4}");
        assertThat(byReference(notification)).isWaitingAt(SeriousIncidentNotification.Elements.NOTIFY_PANEL).variables()
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), review.getBusinessKey())
            .containsEntry(SeriousIncidentNotification.INCIDENT_KNOWN_ON.name(), "2150-01-16")
            .containsEntry(SeriousIncidentNotification.CHILD_DIED.name(), true)
            .containsEntry(SeriousIncidentNotification.ABUSE_OR_NEGLECT.name(), true)
            .containsEntry(SeriousIncidentNotification.REFERRING_AGENCY.name(), POLICE)
            .containsEntry(SeriousIncidentNotification.SERIOUS_CHILD_SAFEGUARDING_CASE.name(), true);

        long notifications = casesOf(SeriousIncidentNotification.KEY);
        giveInformation(review, HEALTH, false);
        recordMeeting(review);
        reviewAtCdop(review, true, "deliberately-inflicted-injury-abuse-or-neglect", "yes");
        assertThat(review).hasNotPassed(Elements.REFER_AT_CDOP);
        assertThat(casesOf(SeriousIncidentNotification.KEY)).as("one notification per review").isEqualTo(notifications);
    }

    @Test
    @DisplayName("wt2023: a suspicion at the CDOP review is notified by children's services, which hold the duty")
    void aSuspicionAtTheCdopUnderWt2023IsNotifiedByChildrensServices() {
        clockAt("2150-01-16T10:00:00Z");
        ProcessInstance review = notify(Map.of(), HEALTH);
        decide(review, false, false, null);
        giveInformation(review, HEALTH, false);
        recordMeeting(review);
        reviewAtCdop(review, true, "deliberately-inflicted-injury-abuse-or-neglect", "yes");
        fire(review, Elements.REFER_AT_CDOP);

        String notification = (String) engine.getRuntimeService()
            .getVariable(review.getId(), SERIOUS_INCIDENT_NOTIFICATION_REFERENCE.name());
        assertThat(byReference(notification)).variables()
            .containsEntry(SeriousIncidentNotification.REFERRING_AGENCY.name(), Groups.CHILDRENS_SERVICES)
            .containsEntry(SeriousIncidentNotification.SUMMARY.name(),
                "Child death review: abuse or neglect suspected at the CDOP review");
    }

    // --- the people's steps

    ProcessInstance notify(Map<String, Object> facts, String agencies) {
        VariableMap start = Variables.createVariables()
            .putValue(DATE_OF_DEATH.name(), DIED)
            .putValue(CHILD_AGE_YEARS.name(), 0)
            .putValue(INVOLVED_AGENCIES.name(), agencies)
            .putValue(CIRCUMSTANCES.name(), "Found unresponsive at home");
        start.putAll(facts);
        return engine.getRuntimeService().startProcessInstanceByKey(ChildDeathReview2018.KEY, start);
    }

    void decide(ProcessInstance review, boolean jar, boolean suspected, String reasons) {
        VariableMap answers = Variables.createVariables()
            .putValue(JOINT_AGENCY_RESPONSE.name(), jar)
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), suspected);
        if (reasons != null) {
            answers.putValue(JAR_DECISION_REASONS.name(), reasons);
        }
        complete(review, Elements.DECIDE_IMMEDIATE_RESPONSE, answers);
    }

    void giveInformation(ProcessInstance review, String agency, boolean suspects) {
        complete(taskFor(review, Elements.PROVIDE_AGENCY_INFORMATION, agency), Variables.createVariables()
            .putValue(AGENCY_INVOLVEMENT.name(), "Known to " + agency + " since birth")
            .putValue(AGENCY_CONCERNS.name(), suspects ? "Unexplained bruising in January" : "")
            .putValue(AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), suspects));
    }

    void recordMeeting(ProcessInstance review) {
        complete(review, Elements.RECORD_REVIEW_MEETING, Variables.createVariables()
            .putValue(REVIEW_MEETING_HELD_ON.name(), "2026-03-10")
            .putValue(PRACTITIONERS_ATTENDING.name(), "GP, health visitor, paediatrician")
            .putValue(REVIEW_MEETING_OUTCOME.name(), "Safe sleeping advice not repeated after discharge"));
    }

    void reviewAtCdop(ProcessInstance review, boolean suspected, String category, String modifiable) {
        complete(review, Elements.CDOP_REVIEW, Variables.createVariables()
            .putValue(CATEGORY_OF_DEATH.name(), category)
            .putValue(MODIFIABLE_FACTORS_FOUND.name(), modifiable)
            .putValue(MODIFIABLE_FACTORS.name(), "yes".equals(modifiable) ? "Advice on safe sleeping not repeated" : null)
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), suspected)
            .putValue(FINDINGS.name(), "Safe sleeping advice not repeated after discharge"));
    }

    void recordNcmd(ProcessInstance review) {
        complete(review, Elements.RECORD_NCMD_NOTIFICATION, Variables.createVariables()
            .putValue(NCMD_NOTIFIED_ON.name(), "2026-03-09")
            .putValue(NCMD_ANALYSIS_SENT_ON.name(), "2026-03-10"));
    }
}
