package org.iowscb.learningloop.casereview.seriousincidentnotification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification.*;

import java.time.Instant;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification.Elements;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The serious incident notification of Working Together 2023, through the engine. */
@FixedClock("2150-01-16T10:00:00Z") // Friday 16 January 2150, after the tests' switch to wt2023
class SeriousIncidentNotificationProcessTest extends ProcessTest {

    @Test
    @DisplayName("a looked-after child dies, abuse suspected: the Panel, the partners, Ofsted and the Secretary of State are told within 5 working days; the rapid review starts")
    void lookedAfterChildDied() {
        ProcessInstance notification = notify(facts(true, true, false));
        assertThat(notification.getBusinessKey()).matches("SIN-2150-\\d{4}");
        assertThat(notification).isWaitingAt(Elements.NOTIFY_PANEL, Elements.TELL_SAFEGUARDING_PARTNERS)
            .variables().containsEntry(CaseVariables.EDITION.name(), "wt2023")
            .containsEntry(SERIOUS_CHILD_SAFEGUARDING_CASE.name(), true);

        var panel = task(Elements.NOTIFY_PANEL, notification);
        assertThat(candidateGroups(panel)).containsExactly("agency-childrens-services");
        // known on Monday 12 January 2150: five working days on is Monday 19 January, 17:00 GMT
        assertThat(panel.getDueDate()).isEqualTo(Instant.parse("2150-01-19T17:00:00Z"));
        assertThat(task(Elements.TELL_SAFEGUARDING_PARTNERS, notification).getDueDate())
            .isEqualTo(Instant.parse("2150-01-19T17:00:00Z"));

        complete(panel, sent(PANEL_NOTIFIED_ON, PANEL_NOTIFIED_HOW).putValue(LOOKED_AFTER_CHILD.name(), true)
            .putValue(PANEL_REFERENCE.name(), "CSPRP-0042"));
        assertThat(notification).isWaitingAt(Elements.NOTIFY_OFSTED, Elements.NOTIFY_SECRETARY_OF_STATE,
            Elements.TELL_SAFEGUARDING_PARTNERS);
        complete(notification, Elements.NOTIFY_OFSTED, sent(OFSTED_NOTIFIED_ON, OFSTED_NOTIFIED_HOW));
        complete(notification, Elements.NOTIFY_SECRETARY_OF_STATE,
            sent(SECRETARY_OF_STATE_NOTIFIED_ON, SECRETARY_OF_STATE_NOTIFIED_HOW));
        complete(notification, Elements.TELL_SAFEGUARDING_PARTNERS, sent(PARTNERS_TOLD_ON, PARTNERS_TOLD_HOW));
        fire(notification, Elements.START_RAPID_REVIEW);

        assertThat(notification).isEnded().hasPassed(Elements.START_RAPID_REVIEW, Elements.INCIDENT_NOTIFIED);
        String review = (String) historicVariable(notification, RAPID_REVIEW_REFERENCE.name());
        assertThat(review).matches("RR-2150-\\d{4}");
        ProcessInstance rapidReview = byReference(review);
        assertThat(rapidReview).variables().containsEntry(CaseVariables.SOURCE_REFERENCE.name(), notification.getBusinessKey())
            .containsEntry(CaseVariables.EDITION.name(), "wt2023").containsEntry(CHILD_DIED.name(), true)
            .doesNotContainKey(SUMMARY.name());
    }

    @Test
    @DisplayName("a child seriously harmed, not looked after: no notification to Ofsted or the Secretary of State; the rapid review starts")
    void seriousHarmNotLookedAfter() {
        ProcessInstance notification = notify(facts(true, false, true));
        complete(notification, Elements.NOTIFY_PANEL, sent(PANEL_NOTIFIED_ON, PANEL_NOTIFIED_HOW)
            .putValue(LOOKED_AFTER_CHILD.name(), false));
        complete(notification, Elements.TELL_SAFEGUARDING_PARTNERS, sent(PARTNERS_TOLD_ON, PARTNERS_TOLD_HOW));
        fire(notification, Elements.START_RAPID_REVIEW);
        assertThat(notification).isEnded().hasNotPassed(Elements.NOTIFY_OFSTED, Elements.NOTIFY_SECRETARY_OF_STATE);
    }

    @Test
    @DisplayName("a looked-after child's death with no abuse or neglect known or suspected: Ofsted and the Secretary of State are told, and no rapid review follows")
    void lookedAfterChildDeathWithoutAbuse() {
        ProcessInstance notification = notify(facts(false, true, false));
        complete(notification, Elements.TELL_SAFEGUARDING_PARTNERS, sent(PARTNERS_TOLD_ON, PARTNERS_TOLD_HOW));
        complete(notification, Elements.NOTIFY_PANEL, sent(PANEL_NOTIFIED_ON, PANEL_NOTIFIED_HOW)
            .putValue(LOOKED_AFTER_CHILD.name(), true));
        complete(notification, Elements.NOTIFY_OFSTED, sent(OFSTED_NOTIFIED_ON, OFSTED_NOTIFIED_HOW));
        complete(notification, Elements.NOTIFY_SECRETARY_OF_STATE,
            sent(SECRETARY_OF_STATE_NOTIFIED_ON, SECRETARY_OF_STATE_NOTIFIED_HOW));
        assertThat(notification).isEnded().hasNotPassed(Elements.START_RAPID_REVIEW);
    }

    @Test
    @DisplayName("an incident that is not notifiable is refused, and no case exists")
    void notNotifiableIsRefused() {
        long before = casesOf(KEY);
        assertRefused(() -> notify(facts(true, false, false))).hasMessageContaining(SeriousIncidentGuards.NOT_NOTIFIABLE);
        VariableMap future = facts(true, true, false).putValue(INCIDENT_KNOWN_ON.name(), "2150-02-01");
        assertRefused(() -> notify(future)).hasMessageContaining("the date the incident became known cannot be in the future");
        assertThat(casesOf(KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("the Panel cannot have been notified before the incident was known, and how it was notified is required")
    void panelNotificationIsChecked() {
        ProcessInstance notification = notify(facts(true, true, false));
        String panel = task(Elements.NOTIFY_PANEL, notification).getId();
        assertRefused(() -> engine.getTaskService().complete(panel, Variables.createVariables()
            .putValue(PANEL_NOTIFIED_ON.name(), "2150-01-09").putValue(LOOKED_AFTER_CHILD.name(), false)))
            .hasMessageContaining("the Panel cannot have been told before the incident became known on 2150-01-12")
            .hasMessageContaining("How the Panel was notified is required");
        assertThat(notification).isWaitingAt(Elements.NOTIFY_PANEL, Elements.TELL_SAFEGUARDING_PARTNERS);
    }

    static VariableMap facts(boolean abuse, boolean died, boolean harmed) {
        return Variables.createVariables()
            .putValue(INCIDENT_KNOWN_ON.name(), "2150-01-12")
            .putValue(CHILD_AGE_YEARS.name(), 15L)
            .putValue(ABUSE_OR_NEGLECT.name(), abuse)
            .putValue(CHILD_DIED.name(), died)
            .putValue(CHILD_SERIOUSLY_HARMED.name(), harmed)
            .putValue(REFERRING_AGENCY.name(), "agency-health")
            .putValue(SUMMARY.name(), "Young person B, placed out of area; found unwell at the placement.");
    }

    private static VariableMap sent(org.iowscb.learningloop.platform.process.ProcessVariable<String> on,
                                    org.iowscb.learningloop.platform.process.ProcessVariable<String> how) {
        return Variables.createVariables().putValue(on.name(), "2150-01-14").putValue(how.name(), "Online notification system");
    }

    private ProcessInstance notify(VariableMap facts) {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, facts);
    }
}
