package org.iowscb.learningloop.casereview.childdeathreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_SUSPECTS_ABUSE_OR_NEGLECT;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_WORKING_CONCERN;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CATEGORY_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CIRCUMSTANCES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.DATE_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.MODIFIABLE_FACTORS_IDENTIFIED;
import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.Elements;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input in a child death review is refused with every problem named, and nothing is saved. */
@FixedClock("2026-03-10T10:00:00Z") // 
class ChildDeathReviewGuardTest extends ProcessTest {

    @Test
    @DisplayName("a death in the future, an adult, an unknown agency: all named, and no review starts")
    void badNotificationStartsNothing() {
        long before = casesOf(ChildDeathReview.KEY);
        assertRefused(() -> start(Variables.createVariables()
            .putValue(DATE_OF_DEATH.name(), "2026-03-11")
            .putValue(CHILD_AGE_YEARS.name(), 18)
            .putValue(INVOLVED_AGENCIES.name(), "agency-police, agency-nowhere")
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false)))
            .hasMessageContaining("the date of death cannot be in the future (Date of death is 11/03/2026)")
            .hasMessageContaining("a child death review is for a child under 18 (Age of the child in years is 18)")
            .hasMessageContaining("Agencies taking part: 'agency-nowhere' is not a known agency");
        assertThat(casesOf(ChildDeathReview.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("a notification without a date of death, agencies or the question answered is refused")
    void missingFactsAreNamed() {
        assertRefused(() -> start(Variables.createVariables().putValue(CHILD_AGE_YEARS.name(), 3)),
            "Please correct: Date of death is required; Abuse or neglect is suspected is required; "
                + "Agencies taking part needs at least one agency.");
    }

    @Test
    @DisplayName("recording the notification: a date of death after it, no agencies, an unknown concern are refused")
    void badNotificationRecordKeepsTheTaskOpen() {
        ProcessInstance review = start(validStart());
        String task = task(review).getId();

        assertRefused(() -> engine.getTaskService().complete(task, Variables.createVariables()
            .putValue(DATE_OF_DEATH.name(), "2026-03-11")
            .putValue(INVOLVED_AGENCIES.name(), List.of())
            .putValue(CIRCUMSTANCES.name(), "x".repeat(20_001))
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), true)
            .putValue(AGENCY_WORKING_CONCERN.name(), "SOME")))
            .hasMessageContaining("the date of death cannot be after the notification on 2026-03-10")
            .hasMessageContaining("Agencies taking part needs at least one agency")
            .hasMessageContaining("Circumstances of the death is 20001 characters long; at most 20000 are accepted")
            .hasMessageContaining("Concern about how organisations or professionals worked together to safeguard the child must be one of NONE, LIMITED, SIGNIFICANT");

        assertThat(review).isWaitingAt(Elements.RECORD_NOTIFICATION);
        assertThat(engine.getRuntimeService().getVariable(review.getId(), CIRCUMSTANCES.name())).isNull();
        assertThat(engine.getRuntimeService().getVariable(review.getId(), DATE_OF_DEATH.name())).isEqualTo("2026-03-08");
    }

    @Test
    @DisplayName("an agency must describe its involvement and answer the question")
    void agencyInformationNeedsItsInvolvement() {
        ProcessInstance review = notified();
        String task = task(Elements.PROVIDE_AGENCY_INFORMATION, review).getId();

        assertRefused(() -> engine.getTaskService().complete(task, Variables.createVariables()),
            "Please correct: Your agency's involvement with the child and family is required; Our agency suspects abuse or neglect is required.");
        assertThat(review).isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION);
    }

    @Test
    @DisplayName("the panel: a national category, modifiable factors described, a consistent view of abuse, findings")
    void panelReviewIsChecked() {
        ProcessInstance review = notified();
        complete(task(Elements.PROVIDE_AGENCY_INFORMATION, review), Variables.createVariables()
            .putValue(AGENCY_INVOLVEMENT.name(), "GP registration only")
            .putValue(AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), false));
        String panel = task(Elements.PANEL_REVIEW, review).getId();

        assertRefused(() -> engine.getTaskService().complete(panel, Variables.createVariables()
            .putValue(CATEGORY_OF_DEATH.name(), "bad luck")
            .putValue(MODIFIABLE_FACTORS_IDENTIFIED.name(), true)
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false)))
            .hasMessageContaining("Category of death: 'bad luck' is not one of the national categories of child death")
            .hasMessageContaining("Key findings is required")
            .hasMessageContaining("Modifiable factors is required");

        assertRefused(() -> engine.getTaskService().complete(panel, Variables.createVariables()
            .putValue(CATEGORY_OF_DEATH.name(), "deliberately-inflicted-injury-abuse-or-neglect")
            .putValue(MODIFIABLE_FACTORS_IDENTIFIED.name(), false)
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false)
            .putValue(FINDINGS.name(), "Findings")),
            "Please correct: a death categorised as deliberately inflicted injury, abuse or neglect must be "
                + "marked as abuse or neglect suspected.");

        assertThat(review).isWaitingAt(Elements.PANEL_REVIEW);
        assertThat(engine.getRuntimeService().getVariable(review.getId(), FINDINGS.name())).isNull();
    }

    private ProcessInstance notified() {
        ProcessInstance review = start(validStart());
        complete(task(review), Variables.createVariables()
            .putValue(DATE_OF_DEATH.name(), "2026-03-08")
            .putValue(CHILD_AGE_YEARS.name(), 0)
            .putValue(INVOLVED_AGENCIES.name(), List.of("agency-health"))
            .putValue(CIRCUMSTANCES.name(), "Sudden death in infancy")
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false));
        return review;
    }

    private static VariableMap validStart() {
        return Variables.createVariables()
            .putValue(DATE_OF_DEATH.name(), "2026-03-08")
            .putValue(CHILD_AGE_YEARS.name(), 0)
            .putValue(INVOLVED_AGENCIES.name(), "agency-health")
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false);
    }

    private ProcessInstance start(VariableMap variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(ChildDeathReview.KEY, variables);
    }
}
