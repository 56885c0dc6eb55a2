package org.iowscb.learningloop.audit.section11audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.audit.section11audit.Section11Audit.AGENCY;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ACTIONS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ANSWERS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ASSESSMENT_ACCEPTED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_GAPS;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.audit.section11audit.Section11Audit.Elements;
import org.iowscb.learningloop.audit.selfassessment.Answers;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentRestTest;
import org.iowscb.learningloop.audit.selfassessment.Standard;
import org.iowscb.learningloop.learning.LearningLoop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A section 11 cycle over HTTP as the people of CONTRACT.md: the business unit starts it for
 * police and health; each agency sees and answers only its own self-assessment; the PQA chair
 * challenges police once, then accepts both and records the findings. A second cycle, started by
 * the PQA chair, opens police's form with police's answers of the first. Probation and children's
 * services, not in the cycle, see nothing.
 */
class Section11AuditRestTest extends SelfAssessmentRestTest {

    static final Standard TRAINING = Section11Audit.STANDARDS.get(4);

    Section11AuditRestTest() {
        super(Section11Audit.KEY, Section11Audit.AGENCIES, "agency-police", "agency-health");
    }

    @Test
    @DisplayName("each agency sees only its own self-assessment; the next cycle shows it its previous answers")
    void eachAgencySeesOnlyItsOwnSelfAssessment() {
        HttpResponse<String> startForm = rest.send("bu", "GET",
            "/engine-rest/process-definition/key/" + Section11Audit.KEY + "/startForm", null);
        assertThat(startForm.body()).as("Tasklist shows the start form").contains("s11-start");
        String key = startCycle("bu");
        assertThat(key).startsWith("S11-");

        views.assertVisible(key, Map.of("police", Elements.COMPLETE_SELF_ASSESSMENT,
            "health", Elements.COMPLETE_SELF_ASSESSMENT));
        assertCannotOpenTheOthersTask(key, "police", "health");
        assertThat(views.formVariables("police", key).path(AGENCY.name()).path("value").asText())
            .isEqualTo("agency-police");
        rest.work("police", key, Elements.COMPLETE_SELF_ASSESSMENT, Answers.allMet(Section11Audit.STANDARDS,
            "Police evidence").gap(TRAINING, Rating.PARTIALLY_MET, "Refresher training overdue").asMap());

        views.assertVisible(key, Map.of("health", Elements.COMPLETE_SELF_ASSESSMENT,
            "pqa-chair", Elements.SCRUTINISE_SELF_ASSESSMENT));
        assertThat(views.formVariables("pqa-chair", key).path(ANSWERS.name()).path("value").toString())
            .contains("Police evidence (leadership)", "Refresher training overdue");
        assertThat(views.formVariables("health", key).toString()).as("health never reads police's answers")
            .doesNotContain("Police evidence");
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of(
            ASSESSMENT_ACCEPTED.name(), false, CHALLENGE.name(), "How many officers had refresher training this year?"));

        views.assertVisible(key, Map.of("police", Elements.COMPLETE_SELF_ASSESSMENT,
            "health", Elements.COMPLETE_SELF_ASSESSMENT));
        JsonNode returned = views.formVariables("police", key);
        assertThat(returned.path(CHALLENGE.name()).path("value").asText())
            .isEqualTo("How many officers had refresher training this year?");
        assertThat(returned.path(TRAINING.gap().name()).path("value").asText()).isEqualTo("Refresher training overdue");
        rest.work("police", key, Elements.COMPLETE_SELF_ASSESSMENT, Answers.allMet(Section11Audit.STANDARDS,
            "Police evidence").gap(TRAINING, Rating.PARTIALLY_MET, "62% of officers trained this year").asMap());
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of(ASSESSMENT_ACCEPTED.name(), true));

        views.assertVisible(key, Map.of("health", Elements.COMPLETE_SELF_ASSESSMENT));
        rest.work("health", key, Elements.COMPLETE_SELF_ASSESSMENT,
            Answers.allMet(Section11Audit.STANDARDS, "Health evidence").asMap());
        views.assertVisible(key, Map.of("pqa-chair", Elements.SCRUTINISE_SELF_ASSESSMENT));
        String instanceId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getId();
        for (String query : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
            "/engine-rest/history/variable-instance?processInstanceId=" + instanceId)) {
            assertThat(rest.send("police", "GET", query, null).body()).as("police asking %s", query)
                .doesNotContain("Health evidence");
        }
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of(ASSESSMENT_ACCEPTED.name(), true));
        executeJobsOf(key); // the actions start in a step of their own

        views.assertVisible(key, Map.of("pqa-chair", Elements.RECORD_FINDINGS));
        assertThat(views.formVariables("pqa-chair", key).path(ACTIONS).path("value").toString())
            .contains("agency-police", "62% of officers trained this year").doesNotContain("agency-health");
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            LearningLoop.FINDINGS.name(), "Police refresher training is behind; health meets every standard"));
        completedAndHandedOver(key);

        String next = startCycle("pqa-chair");
        JsonNode carried = assertCarriedForward(next, "police", key);
        assertThat(carried.path(TRAINING.rating().name()).path("value").asText()).isEqualTo("partially-met");
        assertThat(carried.path(TRAINING.gap().name()).path("value").asText())
            .isEqualTo("62% of officers trained this year");
        assertThat(carried.path(PREVIOUS_GAPS.name()).path("value").toString())
            .contains("62% of officers trained this year");
        assertThat(views.formVariables("health", next).toString()).contains("Health evidence")
            .doesNotContain("Police evidence");
    }

    @Test
    @DisplayName("a cycle naming a school as an agency is refused with a 400 that says why; an agency cannot start one")
    void badStartIs400() {
        long before = casesOf(Section11Audit.KEY);

        assertStartRefused("pqa-chair", "agency-police, school-a", "Agencies taking part: 'school-a' is not a known agency");
        assertThat(rest.tryStart("police", Section11Audit.KEY, Map.of()).statusCode()).isEqualTo(403);
        assertThat(casesOf(Section11Audit.KEY)).isEqualTo(before);
    }
}
