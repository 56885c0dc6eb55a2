package org.iowscb.learningloop.audit.section175audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.ACTION_PLAN_COMMENTS;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.SUPPORT_OFFERED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ASSESSMENT_ACCEPTED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.GAPS;

import java.util.Map;

import org.iowscb.learningloop.audit.section175audit.Section175Audit.Elements;
import org.iowscb.learningloop.audit.selfassessment.Answers;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentRestTest;
import org.iowscb.learningloop.audit.selfassessment.Standard;
import org.iowscb.learningloop.learning.LearningLoop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A section 175/157 cycle over HTTP as the people of CONTRACT.md: the business unit starts it
 * for school A and school B; each school sees and answers only its own self-assessment; the PQA
 * chair scrutinises, the Education Sub Group chair reviews each action plan, the PQA chair
 * records the findings. The next cycle, started by the Education Sub Group chair, opens each
 * school's form with its own previous answers. No agency sees anything.
 */
class Section175AuditRestTest extends SelfAssessmentRestTest {

    static final Standard ONLINE_SAFETY = Section175Audit.STANDARDS.get(6);

    Section175AuditRestTest() {
        super(Section175Audit.KEY, Section175Audit.SCHOOLS, "school-a", "school-b");
    }

    @Test
    @DisplayName("each school sees only its own self-assessment; the next cycle shows it its previous answers")
    void eachSchoolSeesOnlyItsOwnSelfAssessment() {
        String key = startCycle("bu");
        assertThat(key).startsWith("S175-");

        views.assertVisible(key, Map.of("school-a", Elements.COMPLETE_SELF_ASSESSMENT,
            "school-b", Elements.COMPLETE_SELF_ASSESSMENT));
        assertCannotOpenTheOthersTask(key, "school-a", "school-b");
        rest.work("school-a", key, Elements.COMPLETE_SELF_ASSESSMENT, Answers.allMet(Section175Audit.STANDARDS,
            "School A evidence").gap(ONLINE_SAFETY, Rating.NOT_MET, "Filtering is not monitored").asMap());

        views.assertVisible(key, Map.of("school-b", Elements.COMPLETE_SELF_ASSESSMENT,
            "pqa-chair", Elements.SCRUTINISE_SELF_ASSESSMENT));
        assertThat(views.formVariables("school-b", key).toString()).doesNotContain("School A evidence");
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of(ASSESSMENT_ACCEPTED.name(), true));

        views.assertVisible(key, Map.of("school-b", Elements.COMPLETE_SELF_ASSESSMENT,
            "edu-chair", Elements.REVIEW_ACTION_PLAN));
        assertThat(views.formVariables("edu-chair", key).path(GAPS.name()).path("value").toString())
            .contains("Filtering is not monitored");
        rest.work("edu-chair", key, Elements.REVIEW_ACTION_PLAN, Map.of(
            ACTION_PLAN_COMMENTS.name(), "Agree a monitoring routine with the IT provider",
            SUPPORT_OFFERED.name(), "Online safety training for the designated safeguarding lead"));

        views.assertVisible(key, Map.of("school-b", Elements.COMPLETE_SELF_ASSESSMENT));
        rest.work("school-b", key, Elements.COMPLETE_SELF_ASSESSMENT,
            Answers.allMet(Section175Audit.STANDARDS, "School B evidence").asMap());
        rest.work("pqa-chair", key, Elements.SCRUTINISE_SELF_ASSESSMENT, Map.of(ASSESSMENT_ACCEPTED.name(), true));
        views.assertVisible(key, Map.of("edu-chair", Elements.REVIEW_ACTION_PLAN));
        rest.work("edu-chair", key, Elements.REVIEW_ACTION_PLAN, Map.of(ACTION_PLAN_COMMENTS.name(), "No gaps: well done"));
        executeJobsOf(key); // the actions start in a step of their own

        views.assertVisible(key, Map.of("pqa-chair", Elements.RECORD_FINDINGS));
        rest.work("pqa-chair", key, Elements.RECORD_FINDINGS, Map.of(
            LearningLoop.FINDINGS.name(), "Online safety monitoring is the weakest standard"));
        completedAndHandedOver(key);

        String next = startCycle("edu-chair");
        assertThat(assertCarriedForward(next, "school-a", key).path(ONLINE_SAFETY.gap().name()).path("value").asText())
            .isEqualTo("Filtering is not monitored");
        assertThat(views.formVariables("school-b", next).toString()).contains("School B evidence")
            .doesNotContain("School A evidence");
    }

    @Test
    @DisplayName("a cycle naming an agency as a school is refused with a 400 that says why")
    void agencyAsSchoolIs400() {
        assertStartRefused("edu-chair", "school-a, agency-police", "Schools taking part: 'agency-police' is not a known school");
    }
}
