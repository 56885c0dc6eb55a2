package org.iowscb.learningloop.casereview.rapidreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.casereview.rapidreview.RapidReview.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.rapidreview.RapidReview.Elements;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rapid review of Working Together 2023, through the engine. */
@FixedClock("2150-01-16T10:00:00Z") // Friday 16 January 2150
class RapidReviewProcessTest extends ProcessTest {

    @Test
    @DisplayName("facts from each agency, the criteria met, an LCSPR advised and decided, the Panel agrees: the learning goes to the loop")
    void localReviewDecided() {
        ProcessInstance review = start();
        assertThat(review.getBusinessKey()).matches("RR-2150-\\d{4}");
        var ask = task(Elements.ASK_AGENCIES_FOR_FACTS, review);
        assertThat(candidateGroups(ask)).containsExactly(Groups.BUSINESS_UNIT);
        // known on Monday 12 January 2150: fifteen working days on is Monday 2 February, 17:00 GMT
        assertThat(ask.getDueDate()).isEqualTo(Instant.parse("2150-02-02T17:00:00Z"));
        complete(ask, Variables.createVariables().putValue(INVOLVED_AGENCIES.name(), List.of("agency-police", "agency-health")));

        assertThat(tasksOf(review, Elements.PROVIDE_AGENCY_FACTS)).hasSize(2);
        complete(taskFor(review, Elements.PROVIDE_AGENCY_FACTS, "agency-police"), facts("Two call-outs in December"));
        complete(taskFor(review, Elements.PROVIDE_AGENCY_FACTS, "agency-health"), facts("Missed health visits"));

        assertThat(candidateGroups(task(Elements.CONSIDER_CRITERIA, review))).containsExactly(Groups.SCR_SUBGROUP);
        assertThat(engine.getRuntimeService().getVariable(review.getId(), AGENCY_FACTS_RETURNED).toString())
            .contains("Two call-outs in December").contains("Missed health visits");
        complete(review, Elements.CONSIDER_CRITERIA, criteria(false, false, true, false));
        assertThat(review).variables().containsEntry(RECOMMENDED_REVIEW.name(), LCSPR);

        complete(review, Elements.DECIDE_LCSPR, Variables.createVariables().putValue(DECIDED_REVIEW.name(), LCSPR));
        complete(review, Elements.SEND_TO_PANEL, Variables.createVariables().putValue(SENT_TO_PANEL_ON.name(), "2150-01-16"));
        complete(review, Elements.RECORD_PANEL_RESPONSE, Variables.createVariables().putValue(PANEL_RESPONSE.name(), AGREED));
        recordFindingsAndHandOver(review, Groups.SCR_SUBGROUP, Map.of(FINDINGS.name(), "Information sharing between police and health"));

        // the local review starts in a step of its own, after the person's submit
        assertThat(review).isWaitingAt(Elements.START_LCSPR);
        fire(review, Elements.START_LCSPR);
        assertThat(review).isEnded().hasPassed(Elements.LCSPR_TO_COMMISSION);
        assertThat(completedAndHandedOver(review.getBusinessKey()).findings()).contains("Information sharing");
        assertThat((String) historicVariable(review, LCSPR_REFERENCE.name())).matches("LCSPR-2150-\\d{4}");
    }

    @Test
    @DisplayName("no review advised and decided, with reasons; the Panel asks for a change; the partners decide again and the Panel agrees")
    void panelAsksForAChange() {
        ProcessInstance review = start();
        complete(review, Elements.ASK_AGENCIES_FOR_FACTS, Variables.createVariables().putValue(INVOLVED_AGENCIES.name(), List.of("agency-police")));
        complete(review, Elements.PROVIDE_AGENCY_FACTS, facts("One call-out"));
        complete(review, Elements.CONSIDER_CRITERIA, criteria(false, false, false, false));
        assertThat(review).variables().containsEntry(RECOMMENDED_REVIEW.name(), NO_REVIEW);

        String decide = task(Elements.DECIDE_LCSPR, review).getId();
        assertRefused(() -> engine.getTaskService().complete(decide, Variables.createVariables().putValue(DECIDED_REVIEW.name(), NO_REVIEW)),
            "Please correct: Reasons for the decision is required.");
        engine.getTaskService().complete(decide, Variables.createVariables().putValue(DECIDED_REVIEW.name(), NO_REVIEW)
            .putValue(DECISION_REASONS.name(), "The learning is already being taken forward by the police"));
        complete(review, Elements.SEND_TO_PANEL, Variables.createVariables().putValue(SENT_TO_PANEL_ON.name(), "2150-01-16"));

        String response = task(Elements.RECORD_PANEL_RESPONSE, review).getId();
        assertRefused(() -> engine.getTaskService().complete(response, Variables.createVariables().putValue(PANEL_RESPONSE.name(), CHANGE_ASKED)),
            "Please correct: What the Panel said is required.");
        engine.getTaskService().complete(response, Variables.createVariables().putValue(PANEL_RESPONSE.name(), CHANGE_ASKED)
            .putValue(PANEL_COMMENTS.name(), "Please reconsider: the police and health did not share information"));
        assertThat(review).isWaitingAt(Elements.DECIDE_LCSPR);

        complete(review, Elements.DECIDE_LCSPR, Variables.createVariables().putValue(DECIDED_REVIEW.name(), NO_REVIEW)
            .putValue(DECISION_REASONS.name(), "A single-agency review by the police covers it; the Panel was told why"));
        complete(review, Elements.SEND_TO_PANEL, Variables.createVariables().putValue(SENT_TO_PANEL_ON.name(), "2150-01-16"));
        complete(review, Elements.RECORD_PANEL_RESPONSE, Variables.createVariables().putValue(PANEL_RESPONSE.name(), AGREED));
        recordFindingsAndHandOver(review, Groups.SCR_SUBGROUP, Map.of(FINDINGS.name(), "Police to share call-outs with health"));
        assertThat(review).isEnded().hasPassed(Elements.NO_LOCAL_REVIEW);
    }

    @Test
    @DisplayName("the rapid review cannot have been sent to the Panel before the incident was known, nor in the future")
    void sentDateIsChecked() {
        ProcessInstance review = start();
        complete(review, Elements.ASK_AGENCIES_FOR_FACTS, Variables.createVariables().putValue(INVOLVED_AGENCIES.name(), List.of("agency-police")));
        complete(review, Elements.PROVIDE_AGENCY_FACTS, facts("One call-out"));
        complete(review, Elements.CONSIDER_CRITERIA, criteria(true, false, false, false));
        complete(review, Elements.DECIDE_LCSPR, Variables.createVariables().putValue(DECIDED_REVIEW.name(), LCSPR));
        String send = task(Elements.SEND_TO_PANEL, review).getId();
        assertRefused(() -> engine.getTaskService().complete(send, Variables.createVariables().putValue(SENT_TO_PANEL_ON.name(), "2150-01-20")))
            .hasMessageContaining("the date the rapid review was sent cannot be in the future");
        assertRefused(() -> engine.getTaskService().complete(send, Variables.createVariables().putValue(SENT_TO_PANEL_ON.name(), "2150-01-02")))
            .hasMessageContaining("the rapid review cannot have been sent before the incident became known on 2150-01-12");
    }

    @Test
    @DisplayName("the decision table: not a serious case, no review; a criterion of Regulation 11 met, a local review")
    void theTableAdvises() {
        assertThat(advice(false, true, false, true, true, true, true)).isEqualTo(NO_REVIEW);
        assertThat(advice(true, false, false, true, true, true, true)).isEqualTo(NO_REVIEW);
        assertThat(advice(true, true, false, false, false, false, true)).isEqualTo(LCSPR);
        assertThat(advice(true, false, true, true, false, false, false)).isEqualTo(LCSPR);
        assertThat(advice(true, false, true, false, true, false, false)).isEqualTo(LCSPR);
        assertThat(advice(true, false, true, false, false, true, false)).isEqualTo(LCSPR);
        assertThat(advice(true, true, false, false, false, false, false)).isEqualTo(NO_REVIEW);
    }

    private String advice(boolean abuse, boolean died, boolean harmed, boolean improvements, boolean themes,
                          boolean workingTogether, boolean panel) {
        return engine.getDecisionService().evaluateDecisionTableByKey(DECISION_LCSPR, Variables.createVariables()
            .putValue(ABUSE_OR_NEGLECT.name(), abuse).putValue(CHILD_DIED.name(), died)
            .putValue(CHILD_SERIOUSLY_HARMED.name(), harmed).putValue(IMPROVEMENTS_NEEDED.name(), improvements)
            .putValue(RECURRENT_THEMES.name(), themes).putValue(AGENCIES_WORKING_TOGETHER_CONCERN.name(), workingTogether)
            .putValue(PANEL_ADVISED_LOCAL_REVIEW.name(), panel)).getSingleEntry();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, Variables.createVariables()
            .putValue(INCIDENT_KNOWN_ON.name(), "2150-01-12").putValue(CHILD_AGE_YEARS.name(), 4L)
            .putValue(ABUSE_OR_NEGLECT.name(), true).putValue(CHILD_DIED.name(), false)
            .putValue(CHILD_SERIOUSLY_HARMED.name(), true).putValue(REFERRING_AGENCY.name(), "agency-police"));
    }

    private static VariableMap facts(String facts) {
        return Variables.createVariables().putValue(AGENCY_FACTS.name(), facts);
    }

    private static VariableMap criteria(boolean improvements, boolean themes, boolean workingTogether, boolean panel) {
        return Variables.createVariables().putValue(IMPROVEMENTS_NEEDED.name(), improvements)
            .putValue(RECURRENT_THEMES.name(), themes).putValue(AGENCIES_WORKING_TOGETHER_CONCERN.name(), workingTogether)
            .putValue(PANEL_ADVISED_LOCAL_REVIEW.name(), panel);
    }
}
