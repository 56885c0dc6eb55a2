package org.iowscb.learningloop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.CamundaRest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may reach what, over HTTP, against the running application: the REST API refuses anyone
 * without credentials, each agency sees only its own work, the Board reads every case but changes
 * none.
 */
class RestSecurityTest extends ApplicationTest {

    private ProcessInstance review;
    private Task reviewTask;

    @BeforeEach
    void anOpenFrameworkReview() {
        review = engine.getRuntimeService()
            .createMessageCorrelation(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED)
            .setVariable(FrameworkAnnualReview.REASON.name(), "New guidance")
            .correlateStartMessage();
        reviewTask = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/user",
        "/engine-rest/history/process-instance", "/actuator/info", "/actuator/env", "/api/learning/lessons"})
    @DisplayName("without credentials: 401")
    void anonymousGets401(String path) {
        assertThat(get(path, null).statusCode()).isEqualTo(401);
    }

    /**
     * A person of this test's own: after a failed sign-in the engine refuses that person's next
     * sign-ins for a while (login throttling), so a wrong password for a demo user would fail
     * whichever test signs in as them next.
     */
    @Test
    void aWrongPasswordGets401() {
        String id = "wrong-password-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var user = engine.getIdentityService().newUser(id);
        user.setPassword("the-right-password");
        engine.getIdentityService().saveUser(user);
        try {
            assertThat(get("/engine-rest/task", id + ":wrong").statusCode()).isEqualTo(401);
        } finally {
            engine.getIdentityService().deleteUser(id);
        }
    }

    @Test
    void healthIsOpenForProbesAndSaysNothingMore() {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theWebappsServeTheirLoginPageToEveryone() {
        HttpResponse<String> login = get("/camunda/app/tasklist/", null);
        assertThat(login.statusCode()).as("Tasklist's login page: %s", login.body()).isEqualTo(200);
        assertThat(get("/camunda/api/engine/engine/default/task", null).statusCode()).isEqualTo(401);
        assertThat(post("/camunda/api/engine/engine/default/task/" + reviewTask.getId() + "/claim", null, "{not json")
            .statusCode()).as("a bad body from nobody signed in: 401 before the body is read").isEqualTo(401);
    }

    @Test
    @DisplayName("an agency sees none of another group's tasks, and cannot open one by its id")
    void anAgencySeesOnlyItsOwnTasks() {
        assertThat(get("/engine-rest/task", "scr-chair:demo").body()).contains(reviewTask.getId());

        assertThat(get("/engine-rest/task", "police:demo").body()).doesNotContain(reviewTask.getId());
        for (JsonNode seen : CamundaRest.json(get("/engine-rest/task?maxResults=1000", "police:demo"))) {
            assertThat(engine.getTaskService().getIdentityLinksForTask(seen.path("id").asText()))
                .as("every task the police see is the police's")
                .anyMatch(link -> "agency-police".equals(link.getGroupId()) || "police".equals(link.getUserId()));
        }
        assertThat(get("/engine-rest/task/" + reviewTask.getId(), "police:demo").statusCode()).isIn(403, 404);
        assertThat(post("/engine-rest/task/" + reviewTask.getId() + "/claim", "police:demo", "{\"userId\":\"police\"}")
            .statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/process-instance", "police:demo").body()).doesNotContain(review.getId());
    }

    @Test
    @DisplayName("the Board reads every case but cannot claim another group's task, cancel a case or change it")
    void theBoardIsReadOnly() {
        assertThat(get("/engine-rest/process-instance", "board:demo").body()).contains(review.getId());
        assertThat(get("/engine-rest/history/process-instance?processInstanceId=" + review.getId(), "board:demo")
            .body()).contains(review.getBusinessKey());

        assertThat(post("/engine-rest/task/" + reviewTask.getId() + "/claim", "board:demo", "{\"userId\":\"board\"}")
            .statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "/engine-rest/process-instance/" + review.getId(), "board:demo", null)
            .statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/engine-rest/process-instance/" + review.getId() + "/variables/reason", "board:demo",
            "{\"value\":\"changed\",\"type\":\"String\"}").statusCode()).isEqualTo(403);

        assertThat(engine.getRuntimeService().getVariable(review.getId(), FrameworkAnnualReview.REASON.name())).isEqualTo("New guidance");
        assertThat(engine.getTaskService().createTaskQuery().taskId(reviewTask.getId()).singleResult().getAssignee())
            .isNull();
    }

    @Test
    @DisplayName("webapp logins: the Board reaches Cockpit but not Admin; an agency reaches Tasklist only")
    void applicationAccess() {
        assertThat(webappLogin("cockpit", "board")).isEqualTo(200);
        assertThat(webappLogin("admin", "board")).isEqualTo(403);
        assertThat(webappLogin("tasklist", "police")).isEqualTo(200);
        assertThat(webappLogin("cockpit", "police")).isEqualTo(403);
        assertThat(webappLogin("admin", "demo")).isEqualTo(200);
    }

    @Test
    @DisplayName("rejected input over REST: 400 with a sentence a person understands, and no case")
    void rejectedInputIs400() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        HttpResponse<String> response = post("/engine-rest/message", "scr-chair:demo",
            "{\"messageName\":\"framework-review-requested\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Please correct: Why an earlier review was requested is required.").doesNotContain("Exception:");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aTaskCompletedWithBadInputIs400AndStaysOpen() {
        post("/engine-rest/task/" + reviewTask.getId() + "/claim", "scr-chair:demo", "{\"userId\":\"scr-chair\"}");

        HttpResponse<String> response = post("/engine-rest/task/" + reviewTask.getId() + "/complete", "scr-chair:demo",
            "{\"variables\":{\"whatChanged\":{\"value\":\"Guidance\"},\"revisionNeeded\":{\"value\":false},"
                + "\"nextReviewDate\":{\"value\":\"2020-01-01\"}}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("the next review date must be after today");
        assertThat(engine.getTaskService().createTaskQuery().taskId(reviewTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void anAgencyCannotStartAFrameworkReview() {
        HttpResponse<String> response = post("/engine-rest/message", "police:demo",
            "{\"messageName\":\"framework-review-requested\",\"processVariables\":{\"reason\":{\"value\":\"x\"}}}");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    /** Logs in as the webapp's login page does; what the login answered. */
    private int webappLogin(String app, String user) {
        return rest.signIn(app, user).loginStatus();
    }

    /** As these credentials ({@code user:password}; null: nobody signed in). */
    private HttpResponse<String> get(String path, String credentials) {
        return rest.raw(credentials, "GET", path, null);
    }

    private HttpResponse<String> post(String path, String credentials, String json) {
        return rest.raw(credentials, "POST", path, json);
    }

    private HttpResponse<String> send(String method, String path, String credentials, String json) {
        return rest.raw(credentials, method, path, json);
    }
}
