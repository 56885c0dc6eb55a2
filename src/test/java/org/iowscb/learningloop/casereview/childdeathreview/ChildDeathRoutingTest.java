package org.iowscb.learningloop.casereview.childdeathreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.iowscb.learningloop.support.DemoUsers.HEALTH;
import static org.iowscb.learningloop.support.DemoUsers.POLICE;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A child death notified with the 2013 start under each edition: the tests' configuration switches
 * new cases to Working Together 2023 on 1 January 2150 (application-test.yaml).
 */
class ChildDeathRoutingTest extends ProcessTest {

    @Test
    @DisplayName("before the switch a child death is a wt2013 review; after it, the same start passes the facts to the 2018 review")
    void aDeathAfterTheSwitchGoesToThe2018Review() {
        clockAt("2149-12-29T10:00:00Z");
        ProcessInstance before = notifyDeath("2149-12-27", true);
        assertThat(before).isWaitingAt(ChildDeathReview.Elements.RECORD_NOTIFICATION)
            .hasNotPassed(ChildDeathReview.Elements.PASS_TO_CHILD_DEATH_REVIEW_2018)
            .variables().containsEntry(CaseVariables.EDITION.name(), "wt2013");

        clockAt("2150-01-16T10:00:00Z");
        long reviews2018 = casesOf(ChildDeathReview2018.KEY);
        ProcessInstance after = notifyDeath("2150-01-14", true);
        assertThat(after).isEnded().hasPassed(ChildDeathReview.Elements.PASSED_TO_CHILD_DEATH_REVIEW_2018)
            .hasNotPassed(ChildDeathReview.Elements.RECORD_NOTIFICATION);
        String reference = (String) historicVariable(after, ChildDeathReview.CHILD_DEATH_REVIEW_2018_REFERENCE.name());
        assertThat(reference).matches("CDR-2150-\\d{4}");
        assertThat(casesOf(ChildDeathReview2018.KEY)).isEqualTo(reviews2018 + 1);
        assertThat(byReference(reference)).isWaitingAt(ChildDeathReview2018.Elements.DECIDE_IMMEDIATE_RESPONSE).variables()
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), after.getBusinessKey())
            .containsEntry(CaseVariables.EDITION.name(), "wt2023")
            .containsEntry(ChildDeathReview2018.DATE_OF_DEATH.name(), "2150-01-14")
            .containsEntry(ChildDeathReview2018.CHILD_AGE_YEARS.name(), 7L)
            .containsEntry(ChildDeathReview2018.INVOLVED_AGENCIES.name(), List.of(POLICE, HEALTH))
            .containsEntry(ChildDeathReview2018.ABUSE_OR_NEGLECT_SUSPECTED.name(), true)
            .containsEntry(ChildDeathReview2018.CIRCUMSTANCES.name(), PassToChildDeathReview2018.CIRCUMSTANCES_NOT_ASKED)
            .containsEntry(ChildDeathReview2018.JAR_ADVICE.name(), "NOT_NATURAL_SUSPECTED");

        // the wt2013 review started before the switch carries on under its own model
        assertThat(before).isWaitingAt(ChildDeathReview.Elements.RECORD_NOTIFICATION);
    }

    @Test
    @DisplayName("after the switch, a death the 2018 review refuses is refused at the start, and no case of either kind exists")
    void aStartThe2018ReviewRefusesIsRefused() {
        clockAt("2150-01-16T10:00:00Z");
        long reviews = casesOf(ChildDeathReview.KEY);
        long reviews2018 = casesOf(ChildDeathReview2018.KEY);
        assertRefused(() -> engine.getRuntimeService().startProcessInstanceByKey(ChildDeathReview.KEY,
            Variables.createVariables()
                .putValue(ChildDeathReview.CHILD_AGE_YEARS.name(), 7)
                .putValue(ChildDeathReview.INVOLVED_AGENCIES.name(), POLICE)
                .putValue(ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED.name(), false)))
            .hasMessageContaining("is required");
        assertThat(casesOf(ChildDeathReview.KEY)).isEqualTo(reviews);
        assertThat(casesOf(ChildDeathReview2018.KEY)).isEqualTo(reviews2018);
    }

    private ProcessInstance notifyDeath(String died, boolean suspected) {
        return engine.getRuntimeService().startProcessInstanceByKey(ChildDeathReview.KEY, Variables.createVariables()
            .putValue(ChildDeathReview.DATE_OF_DEATH.name(), died)
            .putValue(ChildDeathReview.CHILD_AGE_YEARS.name(), 7)
            .putValue(ChildDeathReview.INVOLVED_AGENCIES.name(), POLICE + "," + HEALTH)
            .putValue(ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED.name(), suspected));
    }
}
