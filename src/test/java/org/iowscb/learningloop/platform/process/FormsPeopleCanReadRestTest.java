package org.iowscb.learningloop.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.CamundaRest;
import org.iowscb.learningloop.support.ReferralFacts;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "forms people can read", over Camunda's REST API as Tasklist calls it: a task's form
 * variables carry what its header shows (the case's type in words, the due date the English way,
 * kept up to date when the date moves), and a refused submit names the field by the label the form
 * shows, never by the variable's name.
 */
class FormsPeopleCanReadRestTest extends ApplicationTest {

    static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
        .withZone(ZoneId.of("Europe/London"));

    @Test
    void aTasksFormVariablesCarryItsHeader() {
        Task notify = notifyOfstedTask();
        JsonNode shown = formVariables(notify.getId());
        assertThat(shown.path(CaseVariables.CASE_REFERENCE.name()).path("value").asText())
            .as("the case reference").startsWith("REF-");
        assertThat(shown.path(CaseVariables.CASE_TYPE_LABEL.name()).path("value").asText())
            .as("the case type in words").isEqualTo("Referral of a serious incident");
        assertThat(shown.path(CaseVariables.TASK_DUE.name()).path("value").asText())
            .as("the due date the English way").isEqualTo(ENGLISH_DAY.format(notify.getDueDate().toInstant()));
    }

    @Test
    void aMovedDueDateIsShownMovedOnLondonsDay() {
        Task notify = notifyOfstedTask();
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST)
        notify.setDueDate(Date.from(Instant.parse("2027-06-30T23:30:00Z")));
        TaskService tasks = engine.getTaskService();
        tasks.saveTask(notify);
        assertThat(formVariables(notify.getId()).path(CaseVariables.TASK_DUE.name()).path("value").asText())
            .as("the moved due date").isEqualTo("1 Jul 2027");

    }

    @Test
    void aRefusedSubmitNamesTheFieldByItsLabel() {
        Task notify = notifyOfstedTask();
        assertThat(rest.claim("childrens-services", notify.getId()).statusCode()).isEqualTo(204);

        HttpResponse<String> refused = rest.send("childrens-services", "POST", "/engine-rest/task/" + notify.getId()
            + "/submit-form", Map.of("variables", CamundaRest.camundaVariables(Map.of(
                CaseReviewReferral.OFSTED_REFERENCE.name(), "o".repeat(101)))));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Date Ofsted was notified is required",
            "Ofsted's reference for the notification is 101 characters long; at most 100 are accepted")
            .doesNotContain(CaseReviewReferral.OFSTED_NOTIFIED_ON.name(), CaseReviewReferral.OFSTED_REFERENCE.name());
    }

    @Test
    void oneLabelPerFieldIsReadFromTheForms() {
        FormFields fields = FormFields.deployed();
        assertThat(fields.labelOf(CaseReviewReferral.OFSTED_NOTIFIED_ON)).isEqualTo("Date Ofsted was notified");
        assertThat(fields.labelOf("leadershipRating")).as("a field in a group is named with it")
            .isEqualTo("Leadership and accountability: rating");
        assertThat(fields.labelOf("noFormShowsThis")).as("a variable no form shows").isEqualTo("noFormShowsThis");
        assertThat(fields.keysOfType("textarea")).contains(CaseReviewReferral.SUMMARY.name());
    }

    private Task notifyOfstedTask() {
        JsonNode referral = rest.start("bu", CaseReviewReferral.KEY, ReferralFacts.seriousHarm());
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(referral.path("id").asText())
            .taskDefinitionKey(CaseReviewReferral.Elements.NOTIFY_OFSTED).singleResult();
        assertThat(task.getDueDate()).as("notify Ofsted has a statutory due date").isNotNull();
        return task;
    }

    private JsonNode formVariables(String taskId) {
        HttpResponse<String> response = rest.get("childrens-services", "/engine-rest/task/" + taskId + "/form-variables");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CamundaRest.json(response);
    }
}
