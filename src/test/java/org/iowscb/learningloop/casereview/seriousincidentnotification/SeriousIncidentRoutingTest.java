package org.iowscb.learningloop.casereview.seriousincidentnotification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The switch of edition with cases running: the tests' configuration switches new cases to
 * Working Together 2023 on 1 January 2150 (application-test.yaml); the engine clock crosses it.
 */
class SeriousIncidentRoutingTest extends ProcessTest {

    @Test
    @DisplayName("a referral made before the switch carries on under wt2013 after it; one made after goes to the serious incident notification")
    void referralsAfterTheSwitchGoToTheNotification() {
        clockAt("2149-12-29T10:00:00Z");
        ProcessInstance before = refer("2149-12-22");
        assertThat(before).variables().containsEntry(CaseVariables.EDITION.name(), "wt2013");
        assertThat(before).isWaitingAt(CaseReviewReferral.Elements.NOTIFY_OFSTED, CaseReviewReferral.Elements.DECIDE_REVIEW_TYPE);

        clockAt("2150-01-16T10:00:00Z");
        ProcessInstance after = refer("2150-01-12");
        assertThat(after).isEnded().hasPassed(CaseReviewReferral.Elements.PASS_TO_SERIOUS_INCIDENT_NOTIFICATION)
            .hasNotPassed(CaseReviewReferral.Elements.RECOMMEND_REVIEW_TYPE);
        String notification = (String) historicVariable(after, CaseReviewReferral.SERIOUS_INCIDENT_NOTIFICATION_REFERENCE.name());
        assertThat(notification).matches("SIN-2150-\\d{4}");
        assertThat(byReference(notification)).isWaitingAt(SeriousIncidentNotification.Elements.NOTIFY_PANEL,
                SeriousIncidentNotification.Elements.TELL_SAFEGUARDING_PARTNERS)
            .variables().containsEntry(CaseVariables.SOURCE_REFERENCE.name(), after.getBusinessKey())
            .containsEntry(CaseVariables.EDITION.name(), "wt2023")
            .containsEntry(SeriousIncidentNotification.SUMMARY.name(), "Pseudonymous summary");

        // the running wt2013 referral is decided under its own model and starts a wt2013 review
        complete(before, CaseReviewReferral.Elements.NOTIFY_OFSTED,
            Variables.createVariables().putValue(CaseReviewReferral.OFSTED_NOTIFIED_ON.name(), "2149-12-23"));
        complete(before, CaseReviewReferral.Elements.DECIDE_REVIEW_TYPE, Variables.createVariables()
            .putValue(CaseReviewReferral.DECIDED_REVIEW_TYPE.name(), "SCR")
            .putValue(CaseReviewReferral.INVOLVED_AGENCIES.name(), List.of("agency-police")));
        executeJobsOf(before.getBusinessKey());
        assertThat(before).isEnded().hasPassed(CaseReviewReferral.Elements.START_CHOSEN_REVIEW);
        String review = (String) historicVariable(before, CaseReviewReferral.REVIEW_REFERENCE.name());
        assertThat(review).startsWith("SCR-");
        assertThat(engine.getRuntimeService().getVariable(byReference(review).getId(), CaseVariables.EDITION.name()))
            .as("a case started by a wt2013 case follows wt2013").isEqualTo("wt2013");
    }

    @Test
    @DisplayName("after the switch, a referral the notification cannot take is refused with the notification's reason, and no case exists")
    void aReferralThatIsNotNotifiableIsRefused() {
        clockAt("2150-01-16T10:00:00Z");
        long referrals = casesOf(CaseReviewReferral.KEY);
        Map<String, Object> facts = facts("2150-01-12");
        facts.put(CaseReviewReferral.CHILD_DIED.name(), false);
        facts.put(CaseReviewReferral.CHILD_SERIOUSLY_HARMED.name(), false);
        assertRefused(() -> engine.getRuntimeService().startProcessInstanceByKey(CaseReviewReferral.KEY, facts))
            .hasMessageContaining(SeriousIncidentGuards.NOT_NOTIFIABLE);
        assertThat(casesOf(CaseReviewReferral.KEY)).isEqualTo(referrals);
    }

    private ProcessInstance refer(String knownOn) {
        return engine.getRuntimeService().startProcessInstanceByKey(CaseReviewReferral.KEY, facts(knownOn));
    }

    private static Map<String, Object> facts(String knownOn) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(CaseReviewReferral.INCIDENT_KNOWN_ON.name(), knownOn);
        facts.put(CaseReviewReferral.CHILD_AGE_YEARS.name(), 9L);
        facts.put(CaseReviewReferral.ABUSE_OR_NEGLECT.name(), true);
        facts.put(CaseReviewReferral.CHILD_DIED.name(), false);
        facts.put(CaseReviewReferral.CHILD_SERIOUSLY_HARMED.name(), true);
        facts.put(CaseReviewReferral.AGENCY_WORKING_CONCERN.name(), "SIGNIFICANT");
        facts.put(CaseReviewReferral.REFERRING_AGENCY.name(), "agency-police");
        facts.put(CaseReviewReferral.SUMMARY.name(), "Pseudonymous summary");
        return facts;
    }
}
