package org.iowscb.learningloop.learning.learningcycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.CamundaRest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole loop of Appendix 1 over REST, as the people of CONTRACT.md work it: a review's
 * findings, the lessons, dissemination and two agencies' actions (one late and escalated), the
 * evaluation, a new issue that starts a new review, and the chain read back from the register.
 */
class LearningLoopEndToEndTest extends ApplicationTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    @DisplayName("review -> lessons -> dissemination and actions (one escalated) -> evaluation -> new review, read back as one chain")
    void theLoopCloses() throws Exception {
        LocalDate today = LocalDate.now(LONDON);

        // a review: health reviews its own involvement; the SCR Sub Group accepts and records findings
        String review = rest.start("bu", IndividualManagementReview.KEY, Map.of(
            IndividualManagementReview.REVIEWING_AGENCY.name(), "agency-health",
            IndividualManagementReview.INCIDENT_KNOWN_ON.name(), today.minusDays(10).toString()))
            .path("businessKey").asText();
        rest.work("health", review, IndividualManagementReview.Elements.REVIEW_OWN_INVOLVEMENT, Map.of(
            IndividualManagementReview.CHRONOLOGY.name(), "Clinic twice, health visitor once",
            IndividualManagementReview.ANALYSIS.name(), "Concerns noted, not shared",
            IndividualManagementReview.RECOMMENDATIONS.name(), "Share concerns with the GP the same day",
            IndividualManagementReview.ACTION_POINTS.name(), "Brief clinic staff"));
        rest.work("scr-chair", review, IndividualManagementReview.Elements.CONSIDER_MANAGEMENT_REVIEW,
            Map.of(IndividualManagementReview.REVIEW_ACCEPTED.name(), true));
        rest.work("scr-chair", review, IndividualManagementReview.Elements.RECORD_FINDINGS,
            Map.of(LearningLoop.FINDINGS.name(), "Concerns seen in clinic were not shared with the police"));
        executeJobsOf(review);

        String cycle = handovers.find(review).orElseThrow().learningCycleReference();
        assertThat(cycle).as("the review's findings started a learning cycle").matches("LRN-\\d{4}-\\d{4}");

        // identify
        rest.work("scr-chair", cycle, LearningCycle.Elements.IDENTIFY_LESSONS, Map.of(
            "lesson1Statement", "Share concerns seen in clinic with the police the same day",
            "lesson1Themes", List.of("information-sharing")));

        // embed: a briefing and one action each for the police and health
        rest.work("scr-chair", cycle, LearningCycle.Elements.PLAN_EMBEDDING, Map.of(
            "lesson1Methods", List.of("BRIEFING"),
            "action1Description", "Police: add health concerns to the daily briefing", "action1Owner", "agency-police",
            "action1DueOn", today.plusDays(14).toString(), "action1Lesson", "1",
            "action2Description", "Health: same-day referral route from clinics", "action2Owner", "agency-health",
            "action2DueOn", today.plusDays(21).toString(), "action2Lesson", "1"));
        assertThat(views.taskKeys("probation", cycle)).as("probation has no part in the plan").isEmpty();
        assertThat(views.taskKeys("police", cycle)).containsExactly(ImprovementAction.Elements.GIVE_EVIDENCE);
        assertThat(views.taskKeys("health", cycle)).containsExactly(ImprovementAction.Elements.GIVE_EVIDENCE);

        rest.work("bu", cycle, LearningCycle.Elements.DISSEMINATE, Map.of(LearningCycle.DISSEMINATED_ON.name(), today.toString()));

        // the police act in time
        rest.work("police", cycle, ImprovementAction.Elements.GIVE_EVIDENCE, Map.of(
            ImprovementAction.EVIDENCE.name(), "Health concerns are read out at every morning briefing since the 3rd"));
        rest.work("scr-chair", cycle, ImprovementAction.Elements.CONSIDER_EVIDENCE, Map.of(ImprovementAction.EVIDENCE_ACCEPTED.name(), true));

        // health is late: the escalation goes to the SCR Sub Group and the business unit, who chase
        String healthAction = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ImprovementAction.KEY).processInstanceBusinessKey(cycle).active().singleResult().getId();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(23L * 24 * 3600)));
        var escalation = engine.getManagementService().createJobQuery().processInstanceId(healthAction).timers().singleResult();
        engine.getManagementService().executeJob(escalation.getId());
        assertThat(views.taskKeys("bu", cycle)).contains(ImprovementAction.Elements.DEAL_WITH_OVERDUE_ACTION);
        assertThat(views.taskKeys("scr-chair", cycle)).contains(ImprovementAction.Elements.DEAL_WITH_OVERDUE_ACTION);
        assertThat(views.taskKeys("police", cycle)).as("the police see nothing of health's action").isEmpty();
        rest.work("bu", cycle, ImprovementAction.Elements.DEAL_WITH_OVERDUE_ACTION, Map.of(
            ImprovementAction.NEW_DATE_AGREED.name(), false, ImprovementAction.CHASE_NOTE.name(), "Phoned the named nurse; evidence promised this week"));

        rest.work("health", cycle, ImprovementAction.Elements.GIVE_EVIDENCE, Map.of(
            ImprovementAction.EVIDENCE.name(), "Clinics now refer concerns to the police the same day; 12 referrals in the first month"));
        rest.work("scr-chair", cycle, ImprovementAction.Elements.CONSIDER_EVIDENCE, Map.of(ImprovementAction.EVIDENCE_ACCEPTED.name(), true));

        // evaluate: a new issue found, which starts a new review
        rest.work("scr-chair", cycle, LearningCycle.Elements.EVALUATE_LEARNING, Map.of(
            "lesson1Outcome", "NEW_ISSUES", "lesson1EvaluationNotes", "Audit: shared same day, but GPs still not told"));
        rest.work("scr-chair", cycle, LearningCycle.Elements.CHOOSE_NEW_REVIEW, Map.of(
            LearningCycle.NEW_REVIEW_TYPE.name(), "multi-agency-case-review",
            LearningCycle.NEW_ISSUE.name(), "GPs are not told of clinic concerns",
            "newReviewAgencies", List.of("agency-health", "agency-police")));
        executeJobsOf(cycle);

        // the whole chain, from the review's reference
        JsonNode chain = CamundaRest.json(rest.get("scr-chair", "/api/learning/chain/" + review));
        assertThat(chain.path("handover").path("learningCycleReference").asText()).isEqualTo(cycle);
        JsonNode lesson = chain.path("lessons").get(0);
        assertThat(lesson.path("statement").asText()).isEqualTo("Share concerns seen in clinic with the police the same day");
        assertThat(lesson.path("evaluationOutcome").asText()).isEqualTo("NEW_ISSUES");
        assertThat(lesson.path("disseminations").get(0).path("state").asText()).isEqualTo("DONE");
        assertThat(lesson.path("actions")).hasSize(2)
            .allSatisfy(action -> assertThat(action.path("state").asText()).isEqualTo("COMPLETED"));
        JsonNode followOn = chain.path("followOnCases").get(0);
        assertThat(followOn.path("processKey").asText()).isEqualTo("multi-agency-case-review");
        assertThat(followOn.path("caseReference").asText()).matches("MACR-\\d{4}-\\d{4}");
        assertThat(followOn.path("sourceReference").asText()).isEqualTo(cycle);
    }
}
