package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A serious case review over REST, started by the business unit and worked to its end by the
 * people of CONTRACT.md: each task is visible to its group, and an agency that is not involved
 * (probation, children's services) sees none of it.
 */
class SeriousCaseReviewRestTest extends ApplicationTest {

    static final List<String> NOT_INVOLVED = List.of("probation", "childrens-services");

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("the business unit starts a review; police and health report; the reviewer, the panel and the Board "
        + "finish it; no agency outside the review sees a task")
    void reviewRoutedToItsPeople() {
        JsonNode started = rest.start("bu", SeriousCaseReview.KEY, Map.of(
            SeriousCaseReview.INVOLVED_AGENCIES.name(), "agency-police,agency-health",
            SeriousCaseReview.CHILD_DIED.name(), true));
        String reference = started.path("businessKey").asText();
        assertThat(reference).matches("SCR-\\d{4}-\\d{4}");

        step("bu", reference, Elements.NOTIFY_INITIATION, Map.of(
            SeriousCaseReview.OFSTED_NOTIFIED.name(), true, SeriousCaseReview.DFE_NOTIFIED.name(), true,
            SeriousCaseReview.NATIONAL_PANEL_NOTIFIED.name(), true, SeriousCaseReview.NOTIFIED_ON.name(), day(0)));

        views.assertNoTasksFor(reference, List.of("police"));
        assertThat(engine.getRuntimeService().getVariable(started.path("id").asText(), SeriousCaseReview.REVIEWER_OPTIONS))
            .as("the reviewers to choose from, read as the business unit").asString().contains("value=reviewer");
        var refused = rest.complete("bu", views.taskId("bu", reference, Elements.APPOINT_REVIEWER), Map.of(
            SeriousCaseReview.INDEPENDENT_REVIEWER.name(), "reviewer",
            SeriousCaseReview.REVIEWER_INDEPENDENCE_CONFIRMED.name(), false));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("the reviewer must be independent of the case");
        step("bu", reference, Elements.APPOINT_REVIEWER, Map.of(
            SeriousCaseReview.INDEPENDENT_REVIEWER.name(), "reviewer",
            SeriousCaseReview.REVIEWER_INDEPENDENCE_CONFIRMED.name(), true));

        timetableClocks(reference);

        step("scr-chair", reference, Elements.AGREE_TERMS_OF_REFERENCE, Map.of(
            SeriousCaseReview.TERMS_OF_REFERENCE.name(), "Period and key lines of enquiry"));

        assertThat(views.taskKeys("police", reference)).containsExactly(Elements.PROVIDE_AGENCY_REPORT);
        assertThat(views.taskKeys("health", reference)).containsExactly(Elements.PROVIDE_AGENCY_REPORT);
        step("police", reference, Elements.PROVIDE_AGENCY_REPORT, agencyReport("agency-police"));
        views.assertNoTasksFor(reference, List.of("police"));
        String healthTask = views.taskId("health", reference);
        views.assertCannotRead("health", healthTask, "Key issues for agency-police");
        assertThat(rest.send("health", "GET", "/engine-rest/variable-instance?processInstanceIdIn="
            + rest.tasks("health", reference).get(0).path("processInstanceId").asText(), null).body())
            .as("health cannot read the police's report through the case's variables")
            .doesNotContain("Key issues for agency-police");
        step("health", reference, Elements.PROVIDE_AGENCY_REPORT, agencyReport("agency-health"));
        step("bu", reference, Elements.INVITE_PROFESSIONALS, Map.of(
            SeriousCaseReview.PROFESSIONALS_INVITED_ON.name(), day(0),
            SeriousCaseReview.PROFESSIONALS_INVOLVEMENT.name(), "Practitioner learning event",
            SeriousCaseReview.NO_BLAME_EXPLAINED.name(), true));
        step("bu", reference, Elements.INVITE_FAMILY, Map.of(
            SeriousCaseReview.FAMILY_INVITED_ON.name(), day(0),
            SeriousCaseReview.FAMILY_INVOLVEMENT.name(), "Meetings with the reviewer",
            SeriousCaseReview.FAMILY_EXPECTATIONS.name(), "Timetable and publication explained",
            SeriousCaseReview.FAMILY_TOLD_HOW.name(), true));

        step("reviewer", reference, Elements.DRAFT_REPORT, Map.of(
            SeriousCaseReview.OVERVIEW_REPORT_REFERENCE.name(), "Overview report v1",
            SeriousCaseReview.REPORT_SUMMARY.name(), "Information was not shared",
            SeriousCaseReview.RECOMMENDATIONS.name(), "A shared protocol"));
        step("scr-chair", reference, Elements.PANEL_ACCEPTS_REPORT, Map.of(SeriousCaseReview.PANEL_ACCEPTED.name(), true));
        step("board", reference, Elements.BOARD_ACCEPTS_REPORT, Map.of(SeriousCaseReview.BOARD_ACCEPTED.name(), true));
        step("board", reference, Elements.WRITE_BOARD_RESPONSE, Map.of(
            SeriousCaseReview.BOARD_RESPONSE.name(), "All recommendations accepted"));

        step("bu", reference, Elements.SEND_COPY_TO_NATIONAL_PANEL, Map.of(
            SeriousCaseReview.COPY_SENT_ON.name(), day(-7), SeriousCaseReview.PLANNED_PUBLICATION_ON.name(), day(0)));
        step("bu", reference, Elements.PUBLISH_REPORT, Map.of(SeriousCaseReview.PUBLISHED_ON.name(), day(0),
            SeriousCaseReview.PUBLICATION_LINK.name(), "https://www.iowscb.org.uk/scr/" + reference));
        step("scr-chair", reference, Elements.RECORD_FINDINGS, Map.of(
            LearningLoop.FINDINGS.name(), "A shared protocol is needed"));
        executeJobsOf(reference);
        assertThat(handovers.find(reference)).isPresent();

        fireTimer(reference, Elements.PUBLICATION_PERIOD_ENDED);
        step("bu", reference, Elements.DECIDE_AFTER_PUBLICATION_PERIOD, Map.of(
            SeriousCaseReview.KEEP_PUBLISHED.name(), false));

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
            .as("the review has ended").isZero();
    }

    /** The reminder at 5 months (business unit and SCR chair) and the escalation at 6 (the Board), fired now. */
    private void timetableClocks(String reference) {
        fireTimer(reference, Elements.REVIEW_DUE_IN_A_MONTH);
        assertThat(views.taskKeys("scr-chair", reference)).contains(Elements.CHECK_REVIEW_ON_TRACK);
        step("bu", reference, Elements.CHECK_REVIEW_ON_TRACK, Map.of(SeriousCaseReview.ON_TRACK.name(), true,
            SeriousCaseReview.PROGRESS_NOTE.name(), "Reviewer appointed", SeriousCaseReview.EXPECTED_COMPLETION_ON.name(), day(30)));

        fireTimer(reference, Elements.REVIEW_OVERDUE);
        step("board", reference, Elements.AGREE_REVISED_TIMETABLE, Map.of(
            SeriousCaseReview.DELAY_REASONS.name(), "Late reports", SeriousCaseReview.REVISED_COMPLETION_ON.name(), day(60)));
    }

    /** Checks who sees the task, then works it as that person. */
    private void step(String user, String reference, String taskKey, Map<String, Object> answers) {
        assertThat(views.taskKeys(user, reference)).as("%s sees %s", user, taskKey).contains(taskKey);
        views.assertNoTasksFor(reference, NOT_INVOLVED);
        rest.work(user, reference, taskKey, new HashMap<>(answers));
    }

    private Map<String, Object> agencyReport(String agency) {
        return Map.of(SeriousCaseReview.CHRONOLOGY_PROVIDED.name(), true,
            SeriousCaseReview.MANAGEMENT_REPORT_PROVIDED.name(), true,
            SeriousCaseReview.AGENCY_REPORT_REFERENCE.name(), "IMR/" + agency,
            SeriousCaseReview.AGENCY_KEY_ISSUES.name(), "Key issues for " + agency);
    }

    private String day(int fromToday) {
        return today.plusDays(fromToday).toString();
    }
}
