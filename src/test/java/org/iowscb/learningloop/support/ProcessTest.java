package org.iowscb.learningloop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.iowscb.learningloop.platform.process.RejectedInputException;

/**
 * Base of the tests that walk a process through the engine's Java API, as its steps and forms do:
 * the running application of {@link ApplicationTest}, and the walkers every such test uses to find
 * a case's tasks and jobs, complete the tasks and fire the timers.
 */
public abstract class ProcessTest extends ApplicationTest {

    /** The task in which a case's findings are recorded, and the step that hands them to the learning loop. */
    protected static final String RECORD_FINDINGS = "record-findings";
    protected static final String HAND_FINDINGS_TO_LEARNING_LOOP = "hand-findings-to-learning-loop";

    /** The group records the case's findings with these answers; then the handover runs. */
    protected void recordFindingsAndHandOver(ProcessInstance instance, String group, Map<String, Object> answers) {
        Task findings = BpmnAwareTests.task(RECORD_FINDINGS, instance);
        assertThat(candidateGroups(findings)).containsExactly(group);
        complete(findings, answers);
        handOver(instance);
    }

    /** Runs the asynchronous handover of the case's findings to the learning loop, where the case waits for it. */
    protected void handOver(ProcessInstance instance) {
        BpmnAwareTests.assertThat(instance).isWaitingAt(HAND_FINDINGS_TO_LEARNING_LOOP);
        fire(instance, HAND_FINDINGS_TO_LEARNING_LOOP);
    }

    /** The call is refused with this sentence, what a person reads: the input is checked, nothing is saved. */
    protected static void assertRefused(ThrowingCallable call, String sentence) {
        assertRefused(call).hasMessage(sentence);
    }

    /** The call is refused (a {@link RejectedInputException}); its sentence is checked by the caller. */
    protected static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call) {
        return assertThatThrownBy(call).isInstanceOf(RejectedInputException.class);
    }

    /** Completes the task with these variables, as its form submits them. */
    protected void complete(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }

    /** Completes the case's one open task of this definition key with these variables. */
    protected void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        complete(BpmnAwareTests.task(taskKey, instance), variables);
    }

    /** The groups the task is offered to. */
    protected List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    /** The open tasks of this definition key in the case. */
    protected List<Task> tasksOf(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey).list();
    }

    /** The one open task of this definition key in the case that is offered to this group. */
    protected Task taskFor(ProcessInstance instance, String taskKey, String group) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey).taskCandidateGroup(group).singleResult();
        assertThat(task).as("the task %s of %s for %s", taskKey, instance.getBusinessKey(), group).isNotNull();
        return task;
    }

    /** The running process instance of this case reference. */
    protected ProcessInstance byReference(String reference) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
            .singleResult();
    }

    /** The timer or async job of this activity in the case. */
    protected Job job(ProcessInstance instance, String activityId) {
        return Jobs.of(engine, instance.getId(), activityId);
    }

    /** Runs the timer or async job of this activity in the case, whatever its due date. */
    protected void fire(ProcessInstance instance, String activityId) {
        Jobs.fire(engine, instance.getId(), activityId);
    }

    /** The value a variable of the case last had, from the history (also after the case ended). */
    protected Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
            .variableName(name).singleResult().getValue();
    }
}
