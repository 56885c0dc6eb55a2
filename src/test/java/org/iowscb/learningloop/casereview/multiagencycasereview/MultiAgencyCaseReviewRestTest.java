package org.iowscb.learningloop.casereview.multiagencycasereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY_INFORMATION;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY_LEARNING;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.ANALYSIS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.CHRONOLOGY;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INDEPENDENT_REVIEWER;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INDEPENDENT_REVIEWER_LEADS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.PANEL_ANALYSIS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.PANEL_MET_ON;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.RECOMMENDATIONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REPORT_ACCEPTED;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.RETURN_REASONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REVIEWER_INDEPENDENT;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REVIEW_REPORT;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.SCOPE;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.TERMS_OF_REFERENCE;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A multi-agency case review over HTTP as the people of CONTRACT.md: the business unit starts it
 * for police and health; the SCR Sub Group sets up the panel with an independent reviewer; the
 * business unit appoints the reviewer; police and health each give their information; the panel
 * agrees the analysis; the reviewer drafts; the Sub Group returns the report once, then accepts it.
 * At every step each task is visible to its group and to no other demo user who works through a
 * group; probation and children's services, not involved, never see anything.
 */
class MultiAgencyCaseReviewRestTest extends ApplicationTest {

    @Test
    @DisplayName("police and health involved: each sees only its own task, probation and children's services nothing")
    void eachTaskReachesItsGroupOnly() {
        String key = rest.startCase("bu", MultiAgencyCaseReview.KEY, Map.of(
            INVOLVED_AGENCIES.name(), List.of("agency-police", "agency-health"),
            INCIDENT_KNOWN_ON.name(), LocalDate.now().minusDays(20).toString()));
        assertThat(key).startsWith("MACR-");

        views.assertVisible(key, Map.of("scr-chair", Elements.SET_UP_PANEL));
        rest.work("scr-chair", key, Elements.SET_UP_PANEL, Map.of(
            SCOPE.name(), "Contacts with the family, June to October",
            TERMS_OF_REFERENCE.name(), "How did police and health share information?",
            INVOLVED_AGENCIES.name(), List.of("agency-police", "agency-health"),
            INDEPENDENT_REVIEWER_LEADS.name(), true));

        views.assertVisible(key, Map.of());
        assertThat(views.taskKeys("bu", key)).containsExactly(Elements.APPOINT_INDEPENDENT_REVIEWER);
        rest.work("bu", key, Elements.APPOINT_INDEPENDENT_REVIEWER, Map.of(
            INDEPENDENT_REVIEWER.name(), "reviewer",
            REVIEWER_INDEPENDENT.name(), true));

        views.assertVisible(key, Map.of("police", Elements.PROVIDE_AGENCY_INFORMATION,
            "health", Elements.PROVIDE_AGENCY_INFORMATION));
        assertThat(views.taskId("police", key)).as("police and health work different tasks")
            .isNotEqualTo(views.taskId("health", key));
        rest.work("police", key, Elements.PROVIDE_AGENCY_INFORMATION, information("Two call-outs in October"));
        views.assertCannotRead("health", views.taskId("health", key), "Two call-outs in October");
        views.assertVisible(key, Map.of("health", Elements.PROVIDE_AGENCY_INFORMATION));
        rest.work("health", key, Elements.PROVIDE_AGENCY_INFORMATION, information("Clinic attendances in September"));

        views.assertVisible(key, Map.of("scr-chair", Elements.AGREE_ANALYSIS));
        assertThat(views.formVariables("scr-chair", key).path(AGENCY_INFORMATION.name()).path("value").toString())
            .as("the panel's form shows what each agency said")
            .contains("Two call-outs in October", "Clinic attendances in September");
        rest.work("scr-chair", key, Elements.AGREE_ANALYSIS, Map.of(
            PANEL_MET_ON.name(), LocalDate.now().toString(),
            PANEL_ANALYSIS.name(), "Each agency held part of the picture"));

        views.assertVisible(key, Map.of("reviewer", Elements.DRAFT_REVIEW_REPORT));
        rest.work("reviewer", key, Elements.DRAFT_REVIEW_REPORT, report("Report v1"));

        views.assertVisible(key, Map.of("scr-chair", Elements.CONSIDER_REVIEW_REPORT));
        rest.work("scr-chair", key, Elements.CONSIDER_REVIEW_REPORT, Map.of(
            REPORT_ACCEPTED.name(), false, RETURN_REASONS.name(), "Give each recommendation an owner"));

        views.assertVisible(key, Map.of("reviewer", Elements.DRAFT_REVIEW_REPORT));
        assertThat(views.formVariables("reviewer", key).path(RETURN_REASONS.name()).path("value").asText())
            .isEqualTo("Give each recommendation an owner");
        rest.work("reviewer", key, Elements.DRAFT_REVIEW_REPORT, report("Report v2"));

        views.assertVisible(key, Map.of("scr-chair", Elements.CONSIDER_REVIEW_REPORT));
        rest.work("scr-chair", key, Elements.CONSIDER_REVIEW_REPORT, Map.of(REPORT_ACCEPTED.name(), true));

        views.assertVisible(key, Map.of("scr-chair", Elements.RECORD_FINDINGS));
        rest.work("scr-chair", key, Elements.RECORD_FINDINGS, Map.of(
            LearningLoop.FINDINGS.name(), "Police and health need a same-day information-sharing route"));

        assertThat(completedAndHandedOver(key).findings())
            .isEqualTo("Police and health need a same-day information-sharing route");
        views.assertNoTraceFor(key, List.of("probation", "childrens-services"));
    }

    @Test
    @DisplayName("the start form with an unknown agency is refused with a 400 that says why, and no case starts")
    void unknownAgencyIs400() {
        long before = casesOf(MultiAgencyCaseReview.KEY);

        HttpResponse<String> response = rest.submitStartForm("scr-chair", MultiAgencyCaseReview.KEY, Map.of(
            INVOLVED_AGENCIES.name(), "agency-police, agency-fire-service",
            INCIDENT_KNOWN_ON.name(), LocalDate.now().minusDays(3).toString()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Agencies taking part: 'agency-fire-service' is not a known agency");
        assertThat(casesOf(MultiAgencyCaseReview.KEY)).isEqualTo(before);
    }

    private static Map<String, Object> information(String chronology) {
        return Map.of(
            CHRONOLOGY.name(), chronology,
            ANALYSIS.name(), "Concerns not passed on",
            AGENCY_LEARNING.name(), "Share the same day");
    }

    private static Map<String, Object> report(String text) {
        return Map.of(REVIEW_REPORT.name(), text, RECOMMENDATIONS.name(), "A joint information-sharing protocol");
    }
}
