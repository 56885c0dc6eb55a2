package org.iowscb.learningloop.platform.notification;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/** A person's open tasks: assigned to them, or unassigned in one of their groups (or naming them). */
final class OpenTasks {

    private OpenTasks() {
    }

    static TaskQuery of(TaskService tasks, String userId) {
        return tasks.createTaskQuery().active().or().taskAssignee(userId).taskCandidateUser(userId).endOr();
    }
}
