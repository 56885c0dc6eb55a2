package org.iowscb.learningloop.casereview.individualmanagementreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.ACTION_POINTS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.ANALYSIS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.CHRONOLOGY;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.RECOMMENDATIONS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.RETURN_REASONS;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.REVIEWING_AGENCY;
import static org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.REVIEW_ACCEPTED;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An individual management review over HTTP as the people of CONTRACT.md: the business unit
 * starts it for health, health reviews itself, the SCR Sub Group sends it back once and then
 * accepts it. Police, probation and children's services never see any of it.
 */
class IndividualManagementReviewRestTest extends ApplicationTest {

    @Test
    @DisplayName("a review for agency-health: each task reaches its group only; police never sees anything")
    void onlyTheReviewingAgencySeesItsTasks() {
        String key = rest.startCase("bu", IndividualManagementReview.KEY, Map.of(
            REVIEWING_AGENCY.name(), "agency-health",
            INCIDENT_KNOWN_ON.name(), LocalDate.now().minusDays(10).toString()));
        assertThat(key).startsWith("IMR-");

        views.assertOnlyVisibleTo(key, "health", Elements.REVIEW_OWN_INVOLVEMENT);
        rest.work("health", key, Elements.REVIEW_OWN_INVOLVEMENT, agencyReview("Seen in clinic twice"));

        views.assertOnlyVisibleTo(key, "scr-chair", Elements.CONSIDER_MANAGEMENT_REVIEW);
        rest.work("scr-chair", key, Elements.CONSIDER_MANAGEMENT_REVIEW, Map.of(
            REVIEW_ACCEPTED.name(), false,
            RETURN_REASONS.name(), "Add the health visitor's contact"));

        views.assertOnlyVisibleTo(key, "health", Elements.REVIEW_OWN_INVOLVEMENT);
        assertThat(views.formVariables("health", key).path(RETURN_REASONS.name()).path("value").asText())
            .as("the agency sees why its review came back").isEqualTo("Add the health visitor's contact");
        rest.work("health", key, Elements.REVIEW_OWN_INVOLVEMENT, agencyReview("Clinic twice, health visitor once"));

        views.assertOnlyVisibleTo(key, "scr-chair", Elements.CONSIDER_MANAGEMENT_REVIEW);
        rest.work("scr-chair", key, Elements.CONSIDER_MANAGEMENT_REVIEW, Map.of(REVIEW_ACCEPTED.name(), true));

        views.assertOnlyVisibleTo(key, "scr-chair", Elements.RECORD_FINDINGS);
        rest.work("scr-chair", key, Elements.RECORD_FINDINGS, Map.of(
            LearningLoop.FINDINGS.name(), "Health visitors' contacts belong in the agency chronology"));

        assertThat(completedAndHandedOver(key).findings())
            .isEqualTo("Health visitors' contacts belong in the agency chronology");
        views.assertNoTraceFor(key, List.of("police", "probation", "childrens-services"));
    }

    @Test
    @DisplayName("the start form with an unknown agency is refused with a 400 that says why, and no case starts")
    void unknownAgencyIs400() {
        long before = casesOf(IndividualManagementReview.KEY);

        HttpResponse<String> response = rest.submitStartForm("scr-chair", IndividualManagementReview.KEY, Map.of(
            REVIEWING_AGENCY.name(), "agency-fire-service",
            INCIDENT_KNOWN_ON.name(), LocalDate.now().minusDays(3).toString()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Reviewing agency: 'agency-fire-service' is not a known agency");
        assertThat(casesOf(IndividualManagementReview.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("an agency cannot commission a review of itself or of anyone else")
    void anAgencyCannotStartAReview() {
        HttpResponse<String> response = rest.tryStart("police", IndividualManagementReview.KEY, Map.of(
            REVIEWING_AGENCY.name(), "agency-health",
            INCIDENT_KNOWN_ON.name(), LocalDate.now().minusDays(3).toString()));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> agencyReview(String chronology) {
        return Map.of(
            CHRONOLOGY.name(), chronology,
            ANALYSIS.name(), "Concerns noted, not shared",
            RECOMMENDATIONS.name(), "Share concerns with the GP the same day",
            ACTION_POINTS.name(), "Brief clinic staff");
    }
}
