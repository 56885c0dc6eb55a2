package org.iowscb.learningloop.learning.learningcycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.Elements;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The migration to dynamic lists, for cases already open: a case started before the learning
 * plan's forms became lists keeps the model and forms it started with (both are bound by
 * deployment), so its people still see numbered slots, 4 lessons and 6 actions, and the cycle
 * must still read them. The first version is deployed here as the application deployed it then,
 * from a copy kept under {@code src/test/resources/learningcycle/slot-forms/}, with the
 * improvement-action process it calls.
 */
class LearningCycleSlotFormsTest extends ProcessTest {

    /** Monday 2 March 2026, 10:00 in London. */
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private String deployment;

    @BeforeEach
    void deployTheFirstVersion() throws IOException {
        ClockUtil.setCurrentTime(Date.from(NOW));
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("learning-cycle with slot forms");
        add(builder, resources.getResource("classpath:processes/improvement-action.bpmn"));
        for (Resource form : resources.getResources("classpath:forms/act-*.form")) {
            add(builder, form);
        }
        for (Resource slotVersion : resources.getResources("classpath:learningcycle/slot-forms/*")) {
            add(builder, slotVersion);
        }
        deployment = builder.deploy().getId();
    }

    @AfterEach
    void removeTheFirstVersion() {
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    @Test
    @DisplayName("a case open before the change keeps its slot forms and completes: lessons, plan, action, evaluation")
    void aCaseOnTheSlotFormsStillCompletes() throws IOException {
        ProcessDefinition first = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment)
            .processDefinitionKey(LearningCycle.KEY).singleResult();
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceById(first.getId())
            .businessKey("LRN-2026-0907")
            .setVariable(LearningLoop.SOURCE_TYPE.name(), CaseType.SERIOUS_CASE_REVIEW.processKey())
            .setVariable(LearningLoop.FINDINGS.name(), "Findings of a review that began before the change")
            .setVariable(CaseVariables.SOURCE_REFERENCE.name(), "SCR-2026-0907")
            .execute();

        assertThat(formOf(task(Elements.IDENTIFY_LESSONS, cycle))).contains("lesson1Statement").doesNotContain("dynamiclist");
        engine.getTaskService().complete(task(Elements.IDENTIFY_LESSONS, cycle).getId(), Variables.createVariables()
            .putValue("lesson1Statement", "Share bruising on a non-mobile baby the same day")
            .putValue("lesson1Themes", List.of("information-sharing"))
            .putValue("lesson2Statement", "Escalate when a plan drifts")
            .putValue("lesson2Themes", List.of("escalation")));

        assertThat(formOf(task(Elements.PLAN_EMBEDDING, cycle))).contains("action1Description");
        engine.getTaskService().complete(task(Elements.PLAN_EMBEDDING, cycle).getId(), Variables.createVariables()
            .putValue("lesson1Methods", List.of("BRIEFING"))
            .putValue("lesson2Methods", List.of("BRIEFING"))
            .putValue("action1Description", "Brief every custody sergeant").putValue("action1Owner", "agency-police")
            .putValue("action1DueOn", "2026-04-30").putValue("action1Lesson", "2"));

        List<ProcessInstance> actions = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ImprovementAction.KEY).superProcessInstanceId(cycle.getId()).list();
        assertThat(actions).hasSize(1);
        assertThat(engine.getRuntimeService().getVariable(actions.get(0).getId(), ImprovementAction.LESSON_REFERENCE.name()))
            .as("the action names the lesson its slot chose").isEqualTo("LRN-2026-0907/2");

        // the action runs its own course (ImprovementActionProcessTest); here the cycle moves on without it
        engine.getRuntimeService().createProcessInstanceModification(cycle.getId())
            .cancelAllForActivity(Elements.CARRY_OUT_ACTIONS)
            .startTransition("flow-actions-done")
            .execute();
        for (Task disseminate : engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
            .taskDefinitionKey(Elements.DISSEMINATE).list()) {
            engine.getTaskService().complete(disseminate.getId(), Variables.createVariables().putValue("disseminatedOn", "2026-03-02"));
        }
        assertThat(cycle).isWaitingAt(Elements.EVALUATE_LEARNING);
        assertThat(formOf(task(Elements.EVALUATE_LEARNING, cycle))).contains("lesson1Outcome");
        engine.getTaskService().complete(task(Elements.EVALUATE_LEARNING, cycle).getId(), Variables.createVariables()
            .putValue("lesson1Outcome", "LEARNT").putValue("lesson1EvaluationNotes", "Audit of 10 cases: all shared")
            .putValue("lesson2Outcome", "LEARNT").putValue("lesson2EvaluationNotes", "Audit of 10 cases: all escalated"));

        assertThat(cycle).isEnded().hasPassed(Elements.LESSONS_LEARNT);
    }

    private String formOf(Task task) throws IOException {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void add(DeploymentBuilder builder, Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            builder.addInputStream(resource.getFilename(), in);
        }
    }
}
