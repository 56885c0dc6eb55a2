package org.iowscb.learningloop.casereview.childdeathreview2018;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A child death review (2018) over REST, as the people of CONTRACT.md work it: the CDOP chair, each
 * agency that knew the child (and no other), the business unit.
 */
class ChildDeathReview2018RestTest extends ApplicationTest {

    @Test
    @DisplayName("notified by the CDOP chair, worked by the CDOP, the agencies that knew the child and the business unit to the learning loop")
    void drivenToItsEndOverRest() {
        String today = LocalDate.now().toString();
        String died = LocalDate.now().minusDays(2).toString();
        String review = rest.startCase("cdop-chair", ChildDeathReview2018.KEY, Map.of(
            DATE_OF_DEATH.name(), died,
            CHILD_AGE_YEARS.name(), 1,
            INVOLVED_AGENCIES.name(), "agency-police,agency-health",
            CIRCUMSTANCES.name(), "Found unresponsive in a cot",
            SUDDEN_NO_APPARENT_CAUSE.name(), true));
        assertThat(review).matches("CDR-\\d{4}-\\d{4}");

        views.assertOnlyVisibleTo(review, "cdop-chair", Elements.DECIDE_IMMEDIATE_RESPONSE);
        rest.work("cdop-chair", review, Elements.DECIDE_IMMEDIATE_RESPONSE, Map.of(
            JOINT_AGENCY_RESPONSE.name(), true, ABUSE_OR_NEGLECT_SUSPECTED.name(), false));
        rest.work("cdop-chair", review, Elements.RECORD_JOINT_AGENCY_RESPONSE, Map.of(
            JAR_MEETING_HELD_ON.name(), today, JAR_SUMMARY.name(), "Joint home visit held"));

        views.assertVisible(review, Map.of("police", Elements.PROVIDE_AGENCY_INFORMATION,
            "health", Elements.PROVIDE_AGENCY_INFORMATION));
        assertThat(views.taskKeys("probation", review)).isEmpty();
        rest.work("police", review, Elements.PROVIDE_AGENCY_INFORMATION, Map.of(
            AGENCY_INVOLVEMENT.name(), "Attended the address", AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), false));
        rest.work("health", review, Elements.PROVIDE_AGENCY_INFORMATION, Map.of(
            AGENCY_INVOLVEMENT.name(), "Health visitor contacts", AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), false));

        rest.work("cdop-chair", review, Elements.RECORD_REVIEW_MEETING, Map.of(
            REVIEW_MEETING_HELD_ON.name(), today,
            PRACTITIONERS_ATTENDING.name(), "Paediatrician, health visitor, police",
            REVIEW_MEETING_OUTCOME.name(), "Unsafe sleeping environment"));
        rest.work("cdop-chair", review, Elements.CDOP_REVIEW, Map.of(
            CATEGORY_OF_DEATH.name(), "sudden-unexpected-unexplained-death",
            MODIFIABLE_FACTORS_FOUND.name(), "yes",
            MODIFIABLE_FACTORS.name(), "Co-sleeping after alcohol",
            ABUSE_OR_NEGLECT_SUSPECTED.name(), false,
            LearningLoop.FINDINGS.name(), "Safe sleeping advice to reach every household"));
        views.assertOnlyVisibleTo(review, "bu", Elements.RECORD_NCMD_NOTIFICATION);
        rest.work("bu", review, Elements.RECORD_NCMD_NOTIFICATION, Map.of(
            NCMD_NOTIFIED_ON.name(), died, NCMD_ANALYSIS_SENT_ON.name(), today));

        assertThat(completedAndHandedOver(review).findings()).isEqualTo("Safe sleeping advice to reach every household");
    }

    @Test
    @DisplayName("a death in the future on the Tasklist start form: 400 naming the field, and no review")
    void badStartIs400() {
        long before = casesOf(ChildDeathReview2018.KEY);
        var response = rest.submitStartForm("cdop-chair", ChildDeathReview2018.KEY, Map.of(
            DATE_OF_DEATH.name(), LocalDate.now().plusDays(3).toString(),
            CHILD_AGE_YEARS.name(), 2,
            INVOLVED_AGENCIES.name(), "agency-health",
            CIRCUMSTANCES.name(), "Unknown"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("the date of death cannot be in the future").contains("Date of death");
        assertThat(casesOf(ChildDeathReview2018.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("an agency cannot start a child death review")
    void anAgencyCannotStartOne() {
        assertThat(rest.tryStart("police", ChildDeathReview2018.KEY, Map.of()).statusCode()).isEqualTo(403);
    }
}
