package org.iowscb.learningloop.learning.learningcycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.Elements;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FixedClock("2026-03-02T10:00:00Z") // Monday 2 March 2026, 10:00 in London
class LearningCycleProcessTest extends ProcessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("a review's findings: lessons identified, disseminated, training followed up six weeks on, all learnt")
    void lessonsLearnt() {
        ProcessInstance cycle = handOver("SCR-2026-0101", CaseType.SERIOUS_CASE_REVIEW, "Agencies did not share the bruising seen");
        assertThat(cycle).isWaitingAt(Elements.IDENTIFY_LESSONS).variables()
            .containsEntry(ImprovementAction.MONITORING_GROUP.name(), "scr-subgroup");
        assertThat(task(cycle)).hasCandidateGroup("scr-subgroup");

        complete(cycle, Elements.IDENTIFY_LESSONS, Variables.createVariables()
            .putValue("lesson1Statement", "Share bruising on a non-mobile baby the same day")
            .putValue("lesson1Themes", List.of("information-sharing", "neglect")));
        assertThat(jdbc.queryForObject("select count(*) from ll_lesson where cycle_reference = ?", Integer.class,
            cycle.getBusinessKey())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select source_reference from ll_lesson where cycle_reference = ?", String.class,
            cycle.getBusinessKey())).isEqualTo("SCR-2026-0101");

        complete(cycle, Elements.PLAN_EMBEDDING, Variables.createVariables()
            .putValue("lesson1Methods", List.of("MULTI_AGENCY_TRAINING")));
        Task disseminate = taskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(Elements.DISSEMINATE).singleResult();
        assertThat(disseminate).hasCandidateGroup("workforce-development");

        complete(disseminate, Variables.createVariables().putValue("disseminatedOn", "2026-03-02"));
        var timer = engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).as("six weeks after the training").isEqualTo(Instant.parse("2026-04-13T08:00:00Z"));
        engine.getManagementService().executeJob(timer.getId());

        Task followUp = taskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(Elements.FOLLOW_UP_TRAINING).singleResult();
        assertRefused(() -> complete(followUp,
            Variables.createVariables().putValue("trainingImpact", "Rated 4/5"))).hasMessageContaining("say what changed in practice");
        complete(followUp, Variables.createVariables()
            .putValue("trainingImpact", "Health visitors now phone children's services the same day"));

        assertThat(cycle).isWaitingAt(Elements.EVALUATE_LEARNING).variables()
            .hasEntrySatisfying("evaluationSummary", summary -> assertThat((String) summary)
                .contains("Health visitors now phone children's services the same day"));
        complete(cycle, Elements.EVALUATE_LEARNING, Variables.createVariables()
            .putValue("lesson1Outcome", "LEARNT").putValue("lesson1EvaluationNotes", "Audit of 10 cases: all shared same day"));

        assertThat(cycle).isEnded().hasPassed(Elements.LESSONS_LEARNT);
        assertThat(jdbc.queryForObject("select state from ll_lesson where cycle_reference = ?", String.class,
            cycle.getBusinessKey())).isEqualTo("LEARNT");
        assertThat(jdbc.queryForObject("select d.state from ll_dissemination d join ll_lesson l on l.id = d.lesson_id "
            + "where l.cycle_reference = ?", String.class, cycle.getBusinessKey())).isEqualTo("DONE");
    }

    @Test
    @DisplayName("not yet learnt: back to embedding; then new issues start a new review pointing back to the cycle")
    void notYetLearntThenNewIssues() {
        ProcessInstance cycle = handOver("MACR-2026-0007", CaseType.MULTI_AGENCY_CASE_REVIEW, "Escalation was not used");
        identifyOneLesson(cycle, "Use the escalation policy when a plan drifts", "escalation");
        planBriefing(cycle);
        completeDissemination(cycle);
        complete(cycle, Elements.EVALUATE_LEARNING, Variables.createVariables()
            .putValue("lesson1Outcome", "NOT_YET_LEARNT").putValue("lesson1EvaluationNotes", "Audit: 3 of 10 escalated"));

        assertThat(cycle).isWaitingAt(Elements.PLAN_EMBEDDING);
        planBriefing(cycle);
        completeDissemination(cycle);
        complete(cycle, Elements.EVALUATE_LEARNING, Variables.createVariables()
            .putValue("lesson1Outcome", "NEW_ISSUES").putValue("lesson1EvaluationNotes", "Escalations stall in health"));

        assertThat(cycle).isWaitingAt(Elements.CHOOSE_NEW_REVIEW);
        complete(cycle, Elements.CHOOSE_NEW_REVIEW, Variables.createVariables()
            .putValue("newReviewType", "individual-management-review")
            .putValue("newIssue", "Escalations stall within health")
            .putValue("newReviewAgencies", List.of("agency-health")));
        engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).executable().list()
            .forEach(job -> engine.getManagementService().executeJob(job.getId()));

        assertThat(cycle).isEnded().hasPassed(Elements.NEW_REVIEW_STARTED);
        String review = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(cycle.getId()).variableName("newReviewReference").singleResult().getValue();
        assertThat(review).matches("IMR-2026-\\d{4}");
        ProcessInstance imr = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(review).singleResult();
        assertThat(engine.getRuntimeService().getVariable(imr.getId(), CaseVariables.SOURCE_REFERENCE.name()))
            .isEqualTo(cycle.getBusinessKey());
        assertThat(engine.getRuntimeService().getVariable(imr.getId(), "reviewingAgency")).isEqualTo("agency-health");
        assertThat(jdbc.queryForObject("select evaluation_outcome from ll_lesson where cycle_reference = ?", String.class,
            cycle.getBusinessKey())).isEqualTo("NEW_ISSUES");
    }

    @Test
    @DisplayName("each action of the plan runs as an improvement-action of the cycle; evaluation waits for all of them")
    void actionsAreCarriedOutBeforeEvaluation() {
        ProcessInstance cycle = handOver("SCR-2026-0061", CaseType.SERIOUS_CASE_REVIEW, "Findings");
        identifyOneLesson(cycle, "Refer bruising the same day", "information-sharing");
        complete(cycle, Elements.PLAN_EMBEDDING, Variables.createVariables()
            .putValue("lesson1Methods", List.of("BRIEFING"))
            .putValue("action1Description", "Brief every custody sergeant").putValue("action1Owner", "agency-police")
            .putValue("action1DueOn", "2026-04-30").putValue("action1Lesson", "1"));

        ProcessInstance action = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ImprovementAction.KEY).processInstanceBusinessKey(cycle.getBusinessKey()).singleResult();
        assertThat(action).as("the action is found by the cycle's reference").isNotNull();
        assertThat(engine.getRuntimeService().getVariables(action.getId())).containsEntry(ImprovementAction.OWNER_GROUP.name(), "agency-police")
            .containsEntry(ImprovementAction.MONITORING_GROUP.name(), "scr-subgroup").containsEntry(ImprovementAction.LESSON_REFERENCE.name(), cycle.getBusinessKey() + "/1")
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), cycle.getBusinessKey());
        completeDissemination(cycle);
        assertThat(cycle).as("evaluation waits for the action").isNotWaitingAt(Elements.EVALUATE_LEARNING);

        Task evidence = taskQuery().processInstanceId(action.getId()).taskDefinitionKey("give-evidence").singleResult();
        assertThat(evidence).hasCandidateGroup("agency-police");
        complete(evidence, Variables.createVariables()
            .putValue("evidence", "Every sergeant briefed; checked at three shift handovers"));
        Task accept = taskQuery().processInstanceId(action.getId()).taskDefinitionKey("consider-evidence").singleResult();
        complete(accept, Variables.createVariables().putValue("evidenceAccepted", true));

        assertThat(cycle).isWaitingAt(Elements.EVALUATE_LEARNING).hasPassed(Elements.CARRY_OUT_ACTIONS);
        assertThat((String) engine.getRuntimeService().getVariable(cycle.getId(), "evaluationSummary"))
            .contains("(agency-police): completed");
    }

    @Test
    @DisplayName("new issues may start a case audit instead: a thematic audit of the sample the Sub Group names")
    void newIssuesStartAnAudit() {
        ProcessInstance cycle = handOver("SCR-2026-0071", CaseType.SERIOUS_CASE_REVIEW, "Neglect was not recognised");
        String choose = evaluatedWithNewIssues(cycle);

        assertRefused(() -> engine.getTaskService().complete(choose, Variables.createVariables()
            .putValue("newReviewType", "thematic-case-audit").putValue("newIssue", "Neglect at school age")
            .putValue("newReviewAgencies", List.of("agency-health", "agency-childrens-services"))))
            .hasMessageContaining("The audit's case sample is required").hasMessageContaining("The audit's deadline is required");

        engine.getTaskService().complete(choose, Variables.createVariables()
            .putValue("newReviewType", "thematic-case-audit").putValue("newIssue", "Neglect at school age")
            .putValue("newReviewAgencies", List.of("agency-health", "agency-childrens-services"))
            .putValue("newAuditSample", "CS-2026-001, CS-2026-002").putValue("newAuditDeadline", "2026-04-30"));
        engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).executable().list()
            .forEach(job -> engine.getManagementService().executeJob(job.getId()));

        String audit = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(cycle.getId()).variableName("newReviewReference").singleResult().getValue();
        assertThat(audit).matches("AUD-2026-\\d{4}");
        ProcessInstance started = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(audit).singleResult();
        assertThat(engine.getRuntimeService().getVariables(started.getId()))
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), cycle.getBusinessKey())
            .containsEntry("theme", "Neglect at school age")
            .containsEntry("auditDeadline", "2026-04-30");
    }

    @Test
    @DisplayName("a sample the audit would refuse is refused at the task, by the audit's own check, and nothing starts")
    void aSampleTheAuditWouldRefuseIsRefusedAtTheTask() {
        ProcessInstance cycle = handOver("SCR-2026-0072", CaseType.SERIOUS_CASE_REVIEW, "Neglect was not recognised");
        String choose = evaluatedWithNewIssues(cycle);
        long audits = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(CaseType.THEMATIC_CASE_AUDIT.processKey()).count();

        // a name where a case number belongs: the audit's start refuses it, so the task does
        assertRefused(() -> engine.getTaskService().complete(choose, Variables.createVariables()
            .putValue("newReviewType", "thematic-case-audit").putValue("newIssue", "Neglect at school age")
            .putValue("newReviewAgencies", List.of("agency-health"))
            .putValue("newAuditSample", "J Smith, CS-2026-002")
            .putValue("newAuditDeadline", "2026-04-30")))
            .hasMessageContaining("The audit's case sample: entry 1 does not look like a case reference")
            .hasMessageNotContaining("Smith");

        assertThat(task(Elements.CHOOSE_NEW_REVIEW, cycle).getId()).as("the task stays open").isEqualTo(choose);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).count())
            .as("no step is waiting to start the audit").isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(CaseType.THEMATIC_CASE_AUDIT.processKey()).count()).isEqualTo(audits);
    }

    /** One lesson identified, briefed and disseminated, then evaluated with new issues: the task to choose what follows. */
    private String evaluatedWithNewIssues(ProcessInstance cycle) {
        identifyOneLesson(cycle, "Recognise chronic neglect", "neglect");
        planBriefing(cycle);
        completeDissemination(cycle);
        complete(cycle, Elements.EVALUATE_LEARNING, Variables.createVariables()
            .putValue("lesson1Outcome", "NEW_ISSUES").putValue("lesson1EvaluationNotes", "Neglect still missed at school"));
        return task(Elements.CHOOSE_NEW_REVIEW, cycle).getId();
    }

    @Test
    @DisplayName("a theme recorded by earlier reviews shows on the next identification form with their references")
    void repeatedThemesAreShown() {
        ProcessInstance first = handOver("IMR-2026-0031", CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, "Father not seen");
        identifyOneLesson(first, "Assess every adult in the household", "voice-of-the-child");
        ProcessInstance second = handOver("SCR-2026-0032", CaseType.SERIOUS_CASE_REVIEW, "Child not seen alone");

        String repeated = (String) engine.getRuntimeService().getVariable(second.getId(), "repeatedThemes");
        assertThat(repeated).contains("Voice of the child: seen in").contains("IMR-2026-0031");
    }

    @Test
    @DisplayName("an identification with a lesson but no theme, or a theme off the list, is refused and nothing enters the register")
    void badLessonsAreRefused() {
        ProcessInstance cycle = handOver("SCR-2026-0041", CaseType.SERIOUS_CASE_REVIEW, "Findings");
        String id = task(Elements.IDENTIFY_LESSONS, cycle).getId();
        assertRefused(() -> engine.getTaskService().complete(id, Variables.createVariables()
            .putValue("lesson1Statement", "A lesson").putValue("lesson2Statement", "Another")
            .putValue("lesson2Themes", List.of("astrology"))))
            .hasMessageContaining("lesson 1 needs at least one theme")
            .hasMessageContaining("lesson 2: 'astrology' is not a theme of the list");
        assertThat(jdbc.queryForObject("select count(*) from ll_lesson where cycle_reference = ?", Integer.class,
            cycle.getBusinessKey())).isZero();
        assertThat(cycle).isWaitingAt(Elements.IDENTIFY_LESSONS);
    }

    @Test
    @DisplayName("a plan with a past due date, an unknown owner or a single-agency briefing with no agency is refused")
    void badPlansAreRefused() {
        ProcessInstance cycle = handOver("SCR-2026-0051", CaseType.THEMATIC_CASE_AUDIT, "Findings");
        assertThat(cycle).variables().containsEntry(ImprovementAction.MONITORING_GROUP.name(), "pqa-subgroup");
        identifyOneLesson(cycle, "Record the child's words", "voice-of-the-child");
        String id = task(Elements.PLAN_EMBEDDING, cycle).getId();
        assertRefused(() -> engine.getTaskService().complete(id, Variables.createVariables()
            .putValue("lesson1Methods", List.of("SINGLE_AGENCY_BRIEFING"))
            .putValue("action1Description", "Audit recording").putValue("action1Owner", "agency-fire")
            .putValue("action1DueOn", "2026-01-01")))
            .hasMessageContaining("lesson 1: name the agency for single agency briefings and communication")
            .hasMessageContaining("action 1 needs an owner")
            .hasMessageContaining("action 1: the due date must be after today");
    }

    @Test
    void theMonitoringGroupFollowsTheFramework() {
        assertThat(CycleStart.monitoringGroupFor("serious-case-review")).isEqualTo("scr-subgroup");
        assertThat(CycleStart.monitoringGroupFor("single-agency-audit")).isEqualTo("pqa-subgroup");
        assertThat(CycleStart.monitoringGroupFor("section-175-audit")).isEqualTo("pqa-subgroup,education-subgroup");
        assertThat(CycleStart.monitoringGroupFor(null)).isEqualTo("scr-subgroup");
    }

    private ProcessInstance handOver(String source, CaseType type, String findings) {
        String reference = starter.start(CaseType.LEARNING_CYCLE, source, Map.of(
            LearningLoop.SOURCE_TYPE.name(), type.processKey(), LearningLoop.FINDINGS.name(), findings));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
            .processDefinitionKey(LearningCycle.KEY).singleResult();
    }

    private void identifyOneLesson(ProcessInstance cycle, String statement, String theme) {
        complete(cycle, Elements.IDENTIFY_LESSONS, Variables.createVariables()
            .putValue("lesson1Statement", statement).putValue("lesson1Themes", List.of(theme)));
    }

    private void planBriefing(ProcessInstance cycle) {
        complete(cycle, Elements.PLAN_EMBEDDING, Variables.createVariables().putValue("lesson1Methods", List.of("BRIEFING")));
    }

    private void completeDissemination(ProcessInstance cycle) {
        Task disseminate = taskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(Elements.DISSEMINATE).singleResult();
        assertThat(disseminate).hasCandidateGroup("business-unit");
        complete(disseminate, Variables.createVariables().putValue("disseminatedOn", "2026-03-02"));
    }
}
