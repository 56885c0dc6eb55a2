package org.iowscb.learningloop.casereview.childdeathreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_CONCERNS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_SUSPECTS_ABUSE_OR_NEGLECT;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CATEGORY_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CIRCUMSTANCES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.DATE_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.LEARNING;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.MODIFIABLE_FACTORS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.MODIFIABLE_FACTORS_IDENTIFIED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.Elements;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A child death review over REST, as the people of CONTRACT.md work it: each task is visible to
 * its group, and the information-gathering tasks only to the agencies that knew the child.
 */
class ChildDeathReviewRestTest extends ApplicationTest {

    @BeforeEach
    void referralModel() {
        CaseReviewReferralStandIn.deployIfAbsent(engine);
    }

    @Test
    @DisplayName("started by the business unit, worked by the CDOP and the agencies that knew the child; no other agency sees it")
    void drivenToItsEndOverRest() {
        String dateOfDeath = LocalDate.now().minusDays(2).toString();
        String review = rest.startCase("bu", ChildDeathReview.KEY, Map.of(
            DATE_OF_DEATH.name(), dateOfDeath,
            CHILD_AGE_YEARS.name(), 4,
            INVOLVED_AGENCIES.name(), "agency-police",
            ABUSE_OR_NEGLECT_SUSPECTED.name(), false));
        assertThat(review).matches("CDR-\\d{4}-\\d{4}");

        views.assertOnlyVisibleTo(review, "cdop-chair", Elements.RECORD_NOTIFICATION);
        rest.work("cdop-chair", review, Elements.RECORD_NOTIFICATION, Map.of(
            DATE_OF_DEATH.name(), dateOfDeath,
            CHILD_AGE_YEARS.name(), 4,
            INVOLVED_AGENCIES.name(), List.of("agency-police", "agency-health"),
            CIRCUMSTANCES.name(), "Collapsed at nursery; died in hospital",
            ABUSE_OR_NEGLECT_SUSPECTED.name(), false));
        executeJobsOf(review);

        // probation and children's services did not know the child
        views.assertVisible(review, Map.of("police", Elements.PROVIDE_AGENCY_INFORMATION,
            "health", Elements.PROVIDE_AGENCY_INFORMATION));
        assertThat(views.taskId("police", review)).isNotEqualTo(views.taskId("health", review));
        rest.work("police", review, Elements.PROVIDE_AGENCY_INFORMATION, Map.of(
            AGENCY_INVOLVEMENT.name(), "Two domestic incidents at the address last year",
            AGENCY_CONCERNS.name(), "Bruising reported by a neighbour",
            AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), true));
        views.assertCannotRead("health", views.taskId("health", review), "Bruising reported by a neighbour");
        executeJobsOf(review);

        String referral = referralOf(review).getBusinessKey();
        assertThat(views.taskKeys("scr-chair", referral)).as("the SCR Sub Group has the decision")
            .contains(CaseReviewReferral.Elements.DECIDE_REVIEW_TYPE);
        views.assertVisible(review, Map.of("health", Elements.PROVIDE_AGENCY_INFORMATION));

        rest.work("health", review, Elements.PROVIDE_AGENCY_INFORMATION, Map.of(
            AGENCY_INVOLVEMENT.name(), "Registered with a GP; missed two appointments",
            AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), false));
        executeJobsOf(review);

        views.assertOnlyVisibleTo(review, "cdop-chair", Elements.PANEL_REVIEW);
        rest.work("cdop-chair", review, Elements.PANEL_REVIEW, Map.of(
            CATEGORY_OF_DEATH.name(), "deliberately-inflicted-injury-abuse-or-neglect",
            MODIFIABLE_FACTORS_IDENTIFIED.name(), true,
            MODIFIABLE_FACTORS.name(), "Neighbour's report not passed on",
            ABUSE_OR_NEGLECT_SUSPECTED.name(), true,
            LEARNING.name(), "Share third-party reports of bruising with children's services the same day",
            LearningLoop.FINDINGS.name(), "Third-party reports of injury were not shared between agencies"));

        assertThat(completedAndHandedOver(review).findings())
            .isEqualTo("Third-party reports of injury were not shared between agencies");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(CaseType.CASE_REVIEW_REFERRAL.processKey())
            .variableValueEquals(CaseVariables.SOURCE_REFERENCE.name(), review).count()).as("one referral").isEqualTo(1);
    }

    @Test
    @DisplayName("a death in the future on the Tasklist start form (submit-form): 400 with the reason, and no review")
    void badStartIs400() {
        long before = casesOf(ChildDeathReview.KEY);

        var response = rest.submitStartForm("cdop-chair", ChildDeathReview.KEY, Map.of(
            DATE_OF_DEATH.name(), LocalDate.now().plusDays(3).toString(),
            CHILD_AGE_YEARS.name(), 2,
            INVOLVED_AGENCIES.name(), "agency-health",
            ABUSE_OR_NEGLECT_SUSPECTED.name(), false));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("the date of death cannot be in the future");
        assertThat(casesOf(ChildDeathReview.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("an agency cannot start a child death review")
    void anAgencyCannotStartOne() {
        assertThat(rest.tryStart("police", ChildDeathReview.KEY, Map.of()).statusCode()).isEqualTo(403);
    }

    private HistoricProcessInstance referralOf(String review) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(CaseType.CASE_REVIEW_REFERRAL.processKey())
            .variableValueEquals(CaseVariables.SOURCE_REFERENCE.name(), review).singleResult();
    }
}
