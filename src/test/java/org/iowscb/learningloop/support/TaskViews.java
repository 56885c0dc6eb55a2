package org.iowscb.learningloop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who sees which task of a case over REST, as the demo users of CONTRACT.md ({@link DemoUsers}):
 * what each person's Tasklist would list, and what they can read of another's task.
 */
public final class TaskViews {

    private final CamundaRest rest;

    public TaskViews(CamundaRest rest) {
        this.rest = rest;
    }

    /**
     * Exactly these people see exactly these tasks of the case; every other demo user who works
     * through a group sees none ({@link DemoUsers#GROUP_MEMBERS}). Those who follow every case are
     * checked by the tests themselves.
     */
    public void assertVisible(String caseReference, Map<String, String> taskOf) {
        for (String user : DemoUsers.GROUP_MEMBERS) {
            List<String> expected = taskOf.containsKey(user) ? List.of(taskOf.get(user)) : List.of();
            assertThat(taskKeys(user, caseReference)).as("%s's tasks of %s", user, caseReference).isEqualTo(expected);
        }
    }

    /** This one person sees this one task of the case, and no other group member sees any. */
    public void assertOnlyVisibleTo(String caseReference, String user, String taskKey) {
        assertVisible(caseReference, Map.of(user, taskKey));
    }

    /** None of these people sees any task of the case. */
    public void assertNoTasksFor(String caseReference, List<String> users) {
        for (String user : users) {
            assertThat(taskKeys(user, caseReference)).as("%s's tasks of %s", user, caseReference).isEmpty();
        }
    }

    /** The definition keys of the case's tasks this user sees. */
    public List<String> taskKeys(String user, String caseReference) {
        return rest.tasks(user, caseReference).stream().map(task -> task.path("taskDefinitionKey").asText()).toList();
    }

    /** The id of the one task of this key the user sees in the case. */
    public String taskId(String user, String caseReference, String taskKey) {
        return rest.tasks(user, caseReference).stream()
            .filter(task -> task.path("taskDefinitionKey").asText().equals(taskKey))
            .map(task -> task.path("id").asText()).findFirst()
            .orElseThrow(() -> new AssertionError(user + " cannot see " + taskKey + " of " + caseReference));
    }

    /** The id of the first task of the case the user sees. */
    public String taskId(String user, String caseReference) {
        List<JsonNode> tasks = rest.tasks(user, caseReference);
        assertThat(tasks).as("%s's tasks of %s", user, caseReference).isNotEmpty();
        return tasks.get(0).path("id").asText();
    }

    /** What the form of the user's task of the case reads (the first one the user sees). */
    public JsonNode formVariables(String user, String caseReference) {
        return formVariablesOf(user, taskId(user, caseReference));
    }

    public JsonNode formVariablesOf(String user, String taskId) {
        HttpResponse<String> response = rest.send(user, "GET", "/engine-rest/task/" + taskId + "/form-variables", null);
        assertThat(response.statusCode()).as("%s reading the form of task %s: %s", user, taskId, response.body())
            .isEqualTo(200);
        return CamundaRest.json(response);
    }

    /** The user cannot read this text through the task's variables or its form's. */
    public void assertCannotRead(String user, String taskId, String text) {
        for (String path : List.of("/engine-rest/task/" + taskId + "/variables",
            "/engine-rest/task/" + taskId + "/form-variables")) {
            assertThat(rest.send(user, "GET", path, null).body()).as("%s reading %s", user, path).doesNotContain(text);
        }
    }

    /** The readable history of a case's tasks for a user: empty for anyone not involved. */
    public String history(String user, String caseReference) {
        return rest.send(user, "GET", "/engine-rest/history/task?processInstanceBusinessKey=" + caseReference, null).body();
    }

    /** Nothing of the case, not even its history, reaches these people. */
    public void assertNoTraceFor(String caseReference, List<String> users) {
        for (String user : users) {
            assertThat(history(user, caseReference)).as("%s's view of the history of %s", user, caseReference)
                .isEqualTo("[]");
        }
    }
}
