package org.iowscb.learningloop.platform.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.iowscb.learningloop.platform.process.CaseVariables;

/** Takes a {@link TaskSnapshot} of a task: in its listener, or when a reminder falls due. */
final class TaskSnapshots {

    private TaskSnapshots() {
    }

    /** The task as its listener sees it (create, assignment, update). */
    static TaskSnapshot of(DelegateTask task) {
        return of((TaskEntity) task);
    }

    /** The task as it is now, or null when it is done (completed or deleted). */
    static TaskSnapshot current(CommandContext commandContext, String taskId) {
        TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
        return task == null ? null : of(task);
    }

    static TaskSnapshot of(TaskEntity task) {
        List<String> groups = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (IdentityLink candidate : task.getCandidates()) {
            if (candidate.getGroupId() != null) {
                groups.add(candidate.getGroupId());
            } else if (candidate.getUserId() != null) {
                users.add(candidate.getUserId());
            }
        }
        groups.sort(null);
        users.sort(null);
        ExecutionEntity execution = task.getExecution();
        String businessKey = execution == null ? null : execution.getProcessBusinessKey();
        String processKey = execution == null ? null : execution.getProcessDefinition().getKey();
        String name = SafeText.taskName(
            task.getTaskDefinition() == null ? null : task.getTaskDefinition().getNameExpression(),
            task.getTaskDefinitionKey());
        String edition = execution == null ? null : CaseVariables.EDITION.from(execution).orElse(null);
        return new TaskSnapshot(task.getId(), name, SafeText.caseReference(businessKey), task.getDueDate(), groups,
            users, task.getAssignee(), task.getProcessDefinitionId(), processKey, edition);
    }
}
