package org.iowscb.learningloop.casereview.childdeathreview2018;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.*;
import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.Elements;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input in a child death review (2018) is refused with each field named by its label, and nothing is saved. */
@FixedClock("2026-03-10T10:00:00Z")
class ChildDeathReview2018GuardTest extends ProcessTest {

    @Test
    @DisplayName("a death in the future, an adult, an unknown agency, no circumstances: all named, and no review starts")
    void badNotificationStartsNothing() {
        long before = casesOf(ChildDeathReview2018.KEY);
        assertRefused(() -> start(Variables.createVariables()
            .putValue(DATE_OF_DEATH.name(), "2026-03-11")
            .putValue(CHILD_AGE_YEARS.name(), 18)
            .putValue(INVOLVED_AGENCIES.name(), "agency-police, agency-nowhere")))
            .hasMessageContaining("the date of death cannot be in the future (Date of death is 11/03/2026)")
            .hasMessageContaining("a child death review is for a child under 18 (Age of the child in years is 18)")
            .hasMessageContaining("Agencies taking part: 'agency-nowhere' is not a known agency")
            .hasMessageContaining("Circumstances of the death is required");
        assertThat(casesOf(ChildDeathReview2018.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("the CDOP review: a national category, an NCMD answer on modifiable factors, findings, a consistent view of abuse")
    void cdopReviewIsChecked() {
        ProcessInstance review = atTheCdopReview();
        String cdop = task(Elements.CDOP_REVIEW, review).getId();

        assertRefused(() -> engine.getTaskService().complete(cdop, Variables.createVariables()
            .putValue(CATEGORY_OF_DEATH.name(), "bad luck")
            .putValue(MODIFIABLE_FACTORS_FOUND.name(), "maybe")
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false)))
            .hasMessageContaining("Category of death: 'bad luck' is not a known of the national categories of child death")
            .hasMessageContaining("Modifiable factors identified: 'maybe' is not a known answer: yes, no or insufficient information")
            .hasMessageContaining("Key findings is required");

        assertRefused(() -> engine.getTaskService().complete(cdop, Variables.createVariables()
            .putValue(CATEGORY_OF_DEATH.name(), "deliberately-inflicted-injury-abuse-or-neglect")
            .putValue(MODIFIABLE_FACTORS_FOUND.name(), "yes")
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false)
            .putValue(FINDINGS.name(), "Findings")))
            .hasMessageContaining("Modifiable factors is required")
            .hasMessageContaining("a death categorised as deliberately inflicted injury, abuse or neglect must be marked");
        assertThat(review).isWaitingAt(Elements.CDOP_REVIEW);
        assertThat(engine.getRuntimeService().getVariable(review.getId(), FINDINGS.name())).isNull();
    }

    @Test
    @DisplayName("the meeting and the NCMD record: no dates in the future or before the death, practitioners by role")
    void datesAreChecked() {
        ProcessInstance review = start(validStart());
        complete(review, Elements.DECIDE_IMMEDIATE_RESPONSE, Variables.createVariables()
            .putValue(JOINT_AGENCY_RESPONSE.name(), false).putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false));
        complete(review, Elements.PROVIDE_AGENCY_INFORMATION, Variables.createVariables()
            .putValue(AGENCY_INVOLVEMENT.name(), "GP registration only")
            .putValue(AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), false));
        String meeting = task(Elements.RECORD_REVIEW_MEETING, review).getId();
        assertRefused(() -> engine.getTaskService().complete(meeting, Variables.createVariables()
            .putValue(REVIEW_MEETING_HELD_ON.name(), "2026-03-01")))
            .hasMessageContaining("Date of the child death review meeting cannot be before the date of death (2026-03-08)")
            .hasMessageContaining("Practitioners who took part, by role is required");
        assertRefused(() -> engine.getTaskService().complete(meeting, Variables.createVariables()
            .putValue(REVIEW_MEETING_HELD_ON.name(), "2026-03-12")))
            .hasMessageContaining("the meeting cannot be in the future");
    }

    private ProcessInstance atTheCdopReview() {
        ProcessInstance review = start(validStart());
        complete(review, Elements.DECIDE_IMMEDIATE_RESPONSE, Variables.createVariables()
            .putValue(JOINT_AGENCY_RESPONSE.name(), false).putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false));
        complete(review, Elements.PROVIDE_AGENCY_INFORMATION, Variables.createVariables()
            .putValue(AGENCY_INVOLVEMENT.name(), "GP registration only")
            .putValue(AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), false));
        complete(review, Elements.RECORD_REVIEW_MEETING, Variables.createVariables()
            .putValue(REVIEW_MEETING_HELD_ON.name(), "2026-03-10")
            .putValue(PRACTITIONERS_ATTENDING.name(), "GP")
            .putValue(REVIEW_MEETING_OUTCOME.name(), "Natural causes"));
        return review;
    }

    private static VariableMap validStart() {
        return Variables.createVariables()
            .putValue(DATE_OF_DEATH.name(), "2026-03-08")
            .putValue(CHILD_AGE_YEARS.name(), 3)
            .putValue(INVOLVED_AGENCIES.name(), "agency-health")
            .putValue(CIRCUMSTANCES.name(), "Long illness");
    }

    private ProcessInstance start(VariableMap variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(ChildDeathReview2018.KEY, variables);
    }
}
