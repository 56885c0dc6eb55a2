package org.iowscb.learningloop.casereview.multiagencycasereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.Elements;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A multi-agency case review over HTTP as the people of CONTRACT.md: the business unit starts it
 * for police and health; the SCR Sub Group sets up the panel with an independent reviewer; the
 * business unit appoints the reviewer; police and health each give their information; the panel
 * agrees the analysis; the reviewer drafts; the Sub Group returns the report once, then accepts it.
 * At every step each task is visible to its group and to no one else among the users below;
 * probation and children's services, not involved, never see anything.
 */
class MultiAgencyCaseReviewRestTest extends RestProcessTest {

    /**
     * Everyone whose view is checked; the business unit and the Board, which follow every case
     * (the Board read-only, without working another group's task), aside.
     */
    static final List<String> USERS = List.of("scr-chair", "reviewer", "police", "health", "probation",
        "childrens-services", "cdop-chair");

    @Autowired
    LearningHandovers handovers;

    @Test
    @DisplayName("police and health involved: each sees only its own task, probation and children's services nothing")
    void eachTaskReachesItsGroupOnly() throws Exception {
        String key = rest.start("bu", MultiAgencyCaseReview.KEY, Map.of(
            "involvedAgencies", List.of("agency-police", "agency-health"),
            "incidentKnownOn", LocalDate.now().minusDays(20).toString())).path("businessKey").asText();
        assertThat(key).startsWith("MACR-");

        assertVisible(key, Map.of("scr-chair", Elements.SET_UP_PANEL));
        rest.work("scr-chair", key, Elements.SET_UP_PANEL, Map.of(
            "scope", "Contacts with the family, June to October",
            "termsOfReference", "How did police and health share information?",
            "involvedAgencies", List.of("agency-police", "agency-health"),
            "independentReviewerLeads", true));

        assertVisible(key, Map.of());
        assertThat(taskKeys("bu", key)).containsExactly(Elements.APPOINT_INDEPENDENT_REVIEWER);
        rest.work("bu", key, Elements.APPOINT_INDEPENDENT_REVIEWER, Map.of(
            "independentReviewer", "reviewer",
            "reviewerIndependent", true));

        assertVisible(key, Map.of("police", Elements.PROVIDE_AGENCY_INFORMATION,
            "health", Elements.PROVIDE_AGENCY_INFORMATION));
        assertThat(rest.tasks("police", key).get(0).path("id").asText())
            .as("police and health work different tasks")
            .isNotEqualTo(rest.tasks("health", key).get(0).path("id").asText());
        rest.work("police", key, Elements.PROVIDE_AGENCY_INFORMATION, information("Two call-outs in October"));
        String healthTask = rest.tasks("health", key).get(0).path("id").asText();
        for (String path : List.of("/engine-rest/task/" + healthTask + "/variables",
            "/engine-rest/task/" + healthTask + "/form-variables")) {
            assertThat(rest.send("health", "GET", path, null).body())
                .as("health cannot read the police's information through %s", path)
                .doesNotContain("Two call-outs in October");
        }
        assertVisible(key, Map.of("health", Elements.PROVIDE_AGENCY_INFORMATION));
        rest.work("health", key, Elements.PROVIDE_AGENCY_INFORMATION, information("Clinic attendances in September"));

        assertVisible(key, Map.of("scr-chair", Elements.AGREE_ANALYSIS));
        JsonNode panelForm = formVariables("scr-chair", key);
        assertThat(panelForm.path("agencyInformation").path("value").toString())
            .as("the panel's form shows what each agency said")
            .contains("Two call-outs in October", "Clinic attendances in September");
        rest.work("scr-chair", key, Elements.AGREE_ANALYSIS, Map.of(
            "panelMetOn", LocalDate.now().toString(),
            "panelAnalysis", "Each agency held part of the picture"));

        assertVisible(key, Map.of("reviewer", Elements.DRAFT_REVIEW_REPORT));
        rest.work("reviewer", key, Elements.DRAFT_REVIEW_REPORT, report("Report v1"));

        assertVisible(key, Map.of("scr-chair", Elements.CONSIDER_REVIEW_REPORT));
        rest.work("scr-chair", key, Elements.CONSIDER_REVIEW_REPORT, Map.of(
            "reportAccepted", false, "returnReasons", "Give each recommendation an owner"));

        assertVisible(key, Map.of("reviewer", Elements.DRAFT_REVIEW_REPORT));
        assertThat(formVariables("reviewer", key).path("returnReasons").path("value").asText())
            .isEqualTo("Give each recommendation an owner");
        rest.work("reviewer", key, Elements.DRAFT_REVIEW_REPORT, report("Report v2"));

        assertVisible(key, Map.of("scr-chair", Elements.CONSIDER_REVIEW_REPORT));
        rest.work("scr-chair", key, Elements.CONSIDER_REVIEW_REPORT, Map.of("reportAccepted", true));

        assertVisible(key, Map.of("scr-chair", Elements.RECORD_FINDINGS));
        rest.work("scr-chair", key, Elements.RECORD_FINDINGS, Map.of(
            "findings", "Police and health need a same-day information-sharing route"));

        executeJobsOf(key);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getState()).isEqualTo("COMPLETED");
        assertThat(handovers.find(key)).hasValueSatisfying(handover -> assertThat(handover.findings())
            .isEqualTo("Police and health need a same-day information-sharing route"));
        for (String user : Set.of("probation", "childrens-services")) {
            assertThat(rest.send(user, "GET", "/engine-rest/history/task?processInstanceBusinessKey=" + key, null)
                .body()).as("%s's view of the history", user).isEqualTo("[]");
        }
    }

    @Test
    @DisplayName("the start form with an unknown agency is refused with a 400 that says why, and no case starts")
    void unknownAgencyIs400() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(MultiAgencyCaseReview.KEY).count();

        HttpResponse<String> response = rest.send("scr-chair", "POST",
            "/engine-rest/process-definition/key/" + MultiAgencyCaseReview.KEY + "/submit-form",
            Map.of("variables", Map.of(
                "involvedAgencies", Map.of("value", "agency-police, agency-fire-service"),
                "incidentKnownOn", Map.of("value", LocalDate.now().minusDays(3).toString()))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("involvedAgencies: 'agency-fire-service' is not a known agency");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(MultiAgencyCaseReview.KEY).count()).isEqualTo(before);
    }

    /** Exactly these users see exactly these tasks of the case; every other user sees none. */
    private void assertVisible(String key, Map<String, String> taskOf) {
        for (String user : USERS) {
            List<String> expected = taskOf.containsKey(user) ? List.of(taskOf.get(user)) : List.of();
            assertThat(taskKeys(user, key)).as("%s's tasks of %s", user, key).isEqualTo(expected);
        }
    }

    private List<String> taskKeys(String user, String key) {
        return rest.tasks(user, key).stream().map(task -> task.path("taskDefinitionKey").asText()).toList();
    }

    private JsonNode formVariables(String user, String key) throws Exception {
        String taskId = rest.tasks(user, key).get(0).path("id").asText();
        return new ObjectMapper().readTree(
            rest.send(user, "GET", "/engine-rest/task/" + taskId + "/form-variables", null).body());
    }

    private static Map<String, Object> information(String chronology) {
        return Map.of(
            "chronology", chronology,
            "analysis", "Concerns not passed on",
            "agencyLearning", "Share the same day");
    }

    private static Map<String, Object> report(String text) {
        return Map.of("reviewReport", text, "recommendations", "A joint information-sharing protocol");
    }
}
