package org.iowscb.learningloop.platform.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * The four Tasklist filters every user sees. They use the current user's own id and groups, so
 * one filter serves every group; each shows the case reference beside the task and sorts by due
 * date. Which tasks a person can see at all is decided by the task authorizations, not here.
 */
@Component
class TasklistFilters {

    static final String MY_TASKS = "My tasks";
    static final String MY_GROUPS_TASKS = "My groups' tasks";
    static final String DUE_THIS_WEEK = "Due this week";
    static final String OVERDUE = "Overdue";

    private final FilterService filters;
    private final TaskService tasks;
    private final IdentityWriter writer;

    TasklistFilters(FilterService filters, TaskService tasks, IdentityWriter writer) {
        this.filters = filters;
        this.tasks = tasks;
        this.writer = writer;
    }

    void seed() {
        ensure(MY_TASKS, -10, "Tasks assigned to me",
            tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure(MY_GROUPS_TASKS, -5, "Tasks of my groups, claimed or not",
            tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .orderByDueDate().asc());
        ensure(DUE_THIS_WEEK, 0, "My tasks and my groups' tasks due in the next seven days",
            mineOrMyGroups().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusWeeks(1).toDate()}")
                .orderByDueDate().asc());
        ensure(OVERDUE, 5, "My tasks and my groups' tasks past their due date",
            mineOrMyGroups().dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    private TaskQuery mineOrMyGroups() {
        return tasks.createTaskQuery()
            .or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
            .endOr();
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name)
            .setQuery(query)
            .setProperties(Map.of(
                "description", description,
                "priority", priority,
                "refresh", true,
                "variables", List.of(Map.of("name", CaseVariables.CASE_REFERENCE.name(), "label", "Case reference"))));
        filters.saveFilter(filter);
        writer.ensureGlobalGrant(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
