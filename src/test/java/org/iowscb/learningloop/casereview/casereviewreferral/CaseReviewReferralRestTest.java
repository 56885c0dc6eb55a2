package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.support.RestProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A referral over REST, worked by the people CONTRACT.md names, each seeing only their own task. */
class CaseReviewReferralRestTest extends RestProcessTest {

    static Map<String, Object> facts() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("incidentKnownOn", "2026-01-05");
        facts.put("childAgeYears", 9);
        facts.put("abuseOrNeglectKnownOrSuspected", true);
        facts.put("childDied", false);
        facts.put("childSeriouslyHarmed", true);
        facts.put("agencyWorkingConcern", "SIGNIFICANT");
        facts.put("referringAgency", "agency-police");
        facts.put("summary", "Pseudonymous summary of the incident");
        return facts;
    }

    @Test
    @DisplayName("the business unit refers; children's services notify Ofsted; the SCR Sub Group decides; no one else sees a thing")
    void referralRoutedToItsGroups() {
        JsonNode referral = rest.start("bu", CaseReviewReferral.KEY, facts());
        String reference = referral.path("businessKey").asText();
        assertThat(reference).matches("REF-\\d{4}-\\d{4}");

        assertThat(keys("childrens-services", reference)).containsExactly(CaseReviewReferral.Elements.NOTIFY_OFSTED);
        assertThat(keys("scr-chair", reference)).containsExactly(CaseReviewReferral.Elements.DECIDE_REVIEW_TYPE);
        for (String outsider : List.of("police", "health", "probation", "school-a", "reviewer", "cdop-chair")) {
            assertThat(keys(outsider, reference)).as("%s sees no task of the referral", outsider).isEmpty();
        }
        String decideTask = rest.tasks("scr-chair", reference).get(0).path("id").asText();
        assertThat(rest.send("board", "POST", "/engine-rest/task/" + decideTask + "/claim", Map.of("userId", "board"))
            .statusCode()).as("the Board follows the case but does not work the Sub Group's task").isEqualTo(403);

        rest.work("childrens-services", reference, CaseReviewReferral.Elements.NOTIFY_OFSTED,
            Map.of("ofstedNotifiedOn", "2026-01-07"));
        rest.work("scr-chair", reference, CaseReviewReferral.Elements.DECIDE_REVIEW_TYPE,
            Map.of("decidedReviewType", "NONE", "departureReason", "Learning already taken forward by the agencies"));

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(reference).singleResult().getEndActivityId())
            .isEqualTo(CaseReviewReferral.Elements.REFERRAL_DECIDED);
    }

    @Test
    @DisplayName("bad facts over REST: 400 with every problem named, and no case")
    void badFactsAre400() {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        Map<String, Object> facts = facts();
        facts.put("incidentKnownOn", "2099-01-01");
        facts.put("childAgeYears", 19);
        facts.put("referringAgency", "agency-unknown");
        facts.put("summary", "y".repeat(2001));

        var response = rest.send("bu", "POST", "/engine-rest/process-definition/key/" + CaseReviewReferral.KEY + "/start",
            Map.of("variables", Map.of(
                "incidentKnownOn", Map.of("value", facts.get("incidentKnownOn")),
                "childAgeYears", Map.of("value", 19),
                "abuseOrNeglectKnownOrSuspected", Map.of("value", true),
                "childDied", Map.of("value", false),
                "childSeriouslyHarmed", Map.of("value", true),
                "agencyWorkingConcern", Map.of("value", "SIGNIFICANT"),
                "referringAgency", Map.of("value", "agency-unknown"),
                "summary", Map.of("value", facts.get("summary")))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body())
            .contains("the date the incident became known cannot be in the future")
            .contains("not a child: refer to the Safeguarding Adults Board")
            .contains("referringAgency: 'agency-unknown' is not a known agency")
            .contains("summary is 2001 characters long")
            .doesNotContain("at org.");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void anAgencyCannotRefer() {
        var response = rest.send("police", "POST", "/engine-rest/process-definition/key/" + CaseReviewReferral.KEY + "/start",
            Map.of("variables", Map.of()));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private List<String> keys(String user, String reference) {
        return rest.tasks(user, reference).stream().map(t -> t.path("taskDefinitionKey").asText()).toList();
    }
}
