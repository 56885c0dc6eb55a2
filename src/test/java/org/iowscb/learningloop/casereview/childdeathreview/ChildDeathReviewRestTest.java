package org.iowscb.learningloop.casereview.childdeathreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.Elements;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A child death review over REST, as the people of CONTRACT.md work it: each task is visible to
 * its group, and the information-gathering tasks only to the agencies that knew the child.
 */
class ChildDeathReviewRestTest extends RestProcessTest {

    @Autowired
    LearningHandovers handovers;

    @BeforeEach
    void referralModel() {
        CaseReviewReferralStandIn.deployIfAbsent(engine);
    }

    @Test
    @DisplayName("started by the business unit, worked by the CDOP and the agencies that knew the child; no other agency sees it")
    void drivenToItsEndOverRest() {
        String dateOfDeath = LocalDate.now().minusDays(2).toString();
        JsonNode started = rest.start("bu", ChildDeathReview.KEY, Map.of(
            "dateOfDeath", dateOfDeath,
            "childAgeYears", 4,
            "involvedAgencies", "agency-police",
            "abuseOrNeglectSuspected", false));
        String review = started.path("businessKey").asText();
        assertThat(review).matches("CDR-\\d{4}-\\d{4}");

        assertThat(keys("cdop-chair", review)).containsExactly(Elements.RECORD_NOTIFICATION);
        assertThat(keys("police", review)).isEmpty();
        assertThat(keys("probation", review)).isEmpty();
        rest.work("cdop-chair", review, Elements.RECORD_NOTIFICATION, Map.of(
            "dateOfDeath", dateOfDeath,
            "childAgeYears", 4,
            "involvedAgencies", List.of("agency-police", "agency-health"),
            "circumstances", "Collapsed at nursery; died in hospital",
            "abuseOrNeglectSuspected", false));
        executeJobsOf(review);

        assertThat(keys("police", review)).containsExactly(Elements.PROVIDE_AGENCY_INFORMATION);
        assertThat(keys("health", review)).containsExactly(Elements.PROVIDE_AGENCY_INFORMATION);
        String healthTask = rest.tasks("health", review).get(0).path("id").asText();
        for (String path : List.of("/engine-rest/task/" + healthTask + "/variables",
            "/engine-rest/task/" + healthTask + "/form-variables")) {
            assertThat(rest.send("health", "GET", path, null).body())
                .as("health cannot read the police's information through %s", path)
                .doesNotContain("Bruising reported by a neighbour");
        }
        assertThat(keys("probation", review)).as("probation did not know the child").isEmpty();
        assertThat(keys("childrens-services", review)).as("children's services did not know the child").isEmpty();
        assertThat(keys("cdop-chair", review)).isEmpty();
        assertThat(rest.tasks("police", review).get(0).path("id").asText())
            .isNotEqualTo(rest.tasks("health", review).get(0).path("id").asText());

        rest.work("police", review, Elements.PROVIDE_AGENCY_INFORMATION, Map.of(
            "agencyInvolvement", "Two domestic incidents at the address last year",
            "agencyConcerns", "Bruising reported by a neighbour",
            "agencySuspectsAbuseOrNeglect", true));
        executeJobsOf(review);

        String referral = referralOf(review).getBusinessKey();
        assertThat(rest.tasks("scr-chair", referral)).extracting(t -> t.path("taskDefinitionKey").asText())
            .as("the SCR Sub Group has the decision").contains("decide-review-type");
        assertThat(keys("police", review)).as("police has given its information").isEmpty();
        assertThat(keys("health", review)).containsExactly(Elements.PROVIDE_AGENCY_INFORMATION);

        rest.work("health", review, Elements.PROVIDE_AGENCY_INFORMATION, Map.of(
            "agencyInvolvement", "Registered with a GP; missed two appointments",
            "agencySuspectsAbuseOrNeglect", false));
        executeJobsOf(review);

        assertThat(keys("cdop-chair", review)).containsExactly(Elements.PANEL_REVIEW);
        assertThat(keys("police", review)).isEmpty();
        assertThat(keys("probation", review)).isEmpty();
        rest.work("cdop-chair", review, Elements.PANEL_REVIEW, Map.of(
            "categoryOfDeath", "deliberately-inflicted-injury-abuse-or-neglect",
            "modifiableFactorsIdentified", true,
            "modifiableFactors", "Neighbour's report not passed on",
            "abuseOrNeglectSuspected", true,
            "learning", "Share third-party reports of bruising with children's services the same day",
            "findings", "Third-party reports of injury were not shared between agencies"));
        executeJobsOf(review);

        HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(review).singleResult();
        assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(handovers.find(review).orElseThrow().findings())
            .isEqualTo("Third-party reports of injury were not shared between agencies");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(CaseType.CASE_REVIEW_REFERRAL.processKey())
            .variableValueEquals(CaseVariables.SOURCE_REFERENCE.name(), review).count()).as("one referral").isEqualTo(1);
    }

    @Test
    @DisplayName("a death in the future on the Tasklist start form (submit-form): 400 with the reason, and no review")
    void badStartIs400() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(ChildDeathReview.KEY).count();

        var response = rest.send("cdop-chair", "POST", "/engine-rest/process-definition/key/" + ChildDeathReview.KEY + "/submit-form",
            Map.of("variables", Map.of(
                "dateOfDeath", Map.of("value", LocalDate.now().plusDays(3).toString()),
                "childAgeYears", Map.of("value", 2),
                "involvedAgencies", Map.of("value", "agency-health"),
                "abuseOrNeglectSuspected", Map.of("value", false))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("the date of death cannot be in the future");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(ChildDeathReview.KEY).count()).isEqualTo(before);
    }

    @Test
    @DisplayName("an agency cannot start a child death review")
    void anAgencyCannotStartOne() {
        var response = rest.send("police", "POST", "/engine-rest/process-definition/key/" + ChildDeathReview.KEY + "/start",
            Map.of("variables", Map.of()));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private List<String> keys(String user, String businessKey) {
        return rest.tasks(user, businessKey).stream().map(t -> t.path("taskDefinitionKey").asText()).toList();
    }

    private HistoricProcessInstance referralOf(String review) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(CaseType.CASE_REVIEW_REFERRAL.processKey())
            .variableValueEquals(CaseVariables.SOURCE_REFERENCE.name(), review).singleResult();
    }
}
