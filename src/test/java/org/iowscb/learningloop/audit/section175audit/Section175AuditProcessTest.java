package org.iowscb.learningloop.audit.section175audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.ACTION_PLAN_COMMENTS;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.SCHOOL;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.SCHOOLS;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.STANDARDS;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.SUPPORT_OFFERED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ASSESSMENT_ACCEPTED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.GAPS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_CYCLE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_GAPS;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.audit.section175audit.Section175Audit.Elements;
import org.iowscb.learningloop.audit.selfassessment.Answers;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.Standard;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentScenarios;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Section 175/157: the steps every self-assessment cycle shares
 * ({@link SelfAssessmentScenarios}), and the schools' own.
 */
class Section175AuditProcessTest extends SelfAssessmentScenarios {

    static final Standard SAFER_RECRUITMENT = STANDARDS.get(2);
    static final Standard ONLINE_SAFETY = STANDARDS.get(6);

    Section175AuditProcessTest() {
        super(Section175Audit.KEY, SCHOOLS, SCHOOL, Groups.TYPE_SCHOOL, Elements.CYCLE_STARTED,
            Period.ofYears(1), List.of(10, 1, 8, 0)); // 09:00 in London on 1 October, every year
    }

    @Test
    @DisplayName("happy path - each school assesses itself, the PQA Sub Group scrutinises, the Education Sub Group reviews the action plan")
    void schoolsPqaAndEducationSubGroups() {
        String first = newOrganisation();
        String second = newOrganisation();
        ProcessInstance cycle = start(first + ", " + second, DEADLINE_DAY);

        assertThat(cycle.getBusinessKey()).matches("S175-2026-\\d{4}");
        assertThat(assessmentTasks(cycle)).extracting(this::candidateGroups)
            .containsExactlyInAnyOrder(List.of(first), List.of(second));
        assertThat(assessmentTask(cycle, first).getDueDate()).isEqualTo(Instant.parse("2027-01-29T17:00:00Z"));

        complete(assessmentTask(cycle, first), Answers.allMet(STANDARDS, "Governors' minutes")
            .gap(ONLINE_SAFETY, Rating.NOT_MET, "Filtering is not monitored").variables());
        Task scrutiny = taskAbout(cycle, Elements.SCRUTINISE_SELF_ASSESSMENT, first);
        assertThat(candidateGroups(scrutiny)).containsExactly(Groups.PQA_SUBGROUP);
        complete(scrutiny, Variables.createVariables().putValue(ASSESSMENT_ACCEPTED.name(), true));

        Task review = taskAbout(cycle, Elements.REVIEW_ACTION_PLAN, first);
        assertThat(candidateGroups(review)).containsExactly(Groups.EDUCATION_SUBGROUP);
        // 15 working days from Monday 2 November 2026
        assertThat(review.getDueDate()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        assertThat(engine.getTaskService().getVariable(review.getId(), GAPS.name())).isEqualTo(List.of(
            Map.of("standard", ONLINE_SAFETY.title(), "rating", "Not met", "gap", "Filtering is not monitored")));
        assertRefused(() -> complete(review, Variables.createVariables()
            .putValue(SUPPORT_OFFERED.name(), "Online safety training")),
            "Please correct: The Education Sub Group's comments on the action plan is required.");
        complete(review, Variables.createVariables()
            .putValue(ACTION_PLAN_COMMENTS.name(), "Agree a monitoring routine with the IT provider")
            .putValue(SUPPORT_OFFERED.name(), "Online safety training for the designated safeguarding lead"));
        assertThat(cycle).hasPassed(Elements.SCHOOL_ACTION_PLAN_REVIEWED);

        complete(assessmentTask(cycle, second), Answers.allMet(STANDARDS, "Policy").variables());
        complete(taskAbout(cycle, Elements.SCRUTINISE_SELF_ASSESSMENT, second), Variables.createVariables()
            .putValue(ASSESSMENT_ACCEPTED.name(), false)
            .putValue(CHALLENGE.name(), "When was the single central record last checked?"));
        Task returned = assessmentTask(cycle, second);
        assertThat(returned.getDueDate()).isEqualTo(Instant.parse("2026-11-16T17:00:00Z"));
        complete(returned, Answers.allMet(STANDARDS, "Policy")
            .gap(SAFER_RECRUITMENT, Rating.PARTIALLY_MET, "Single central record not checked this year").variables());
        complete(taskAbout(cycle, Elements.SCRUTINISE_SELF_ASSESSMENT, second),
            Variables.createVariables().putValue(ASSESSMENT_ACCEPTED.name(), true));
        complete(taskAbout(cycle, Elements.REVIEW_ACTION_PLAN, second), Variables.createVariables()
            .putValue(ACTION_PLAN_COMMENTS.name(), "Check the record each term"));
        // the actions start in a step of their own, after the Sub Group's submit is saved
        turnGapsIntoActions(cycle);

        assertThat(cycle).hasPassed(Elements.GAPS_TO_ACTIONS).isWaitingAt(Elements.RECORD_FINDINGS);
        assertThat(actions(cycle)).containsExactly(
            Map.of("school", first, "standard", ONLINE_SAFETY.key(), "standardTitle", ONLINE_SAFETY.title(),
                "rating", "Not met", "gap", "Filtering is not monitored"),
            Map.of("school", second, "standard", SAFER_RECRUITMENT.key(), "standardTitle", SAFER_RECRUITMENT.title(),
                "rating", "Partially met", "gap", "Single central record not checked this year"));
        Task findings = single(cycle, Elements.RECORD_FINDINGS);
        assertThat(candidateGroups(findings)).containsExactly(Groups.PQA_SUBGROUP);
        complete(findings, Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "Online safety monitoring is the schools' weakest standard"));
        handOver(cycle);

        assertThat(cycle).isEnded().hasPassed(Elements.CYCLE_COMPLETED).hasNotPassed(Elements.ESCALATE_NON_RESPONSE);
        assertThat(handovers.find(cycle.getBusinessKey())).hasValueSatisfying(handover ->
            assertThat(handover.sourceType()).isEqualTo(Section175Audit.KEY));
    }

    @Test
    @DisplayName("evidence carried forward: a school's next cycle shows its last answers and open gaps")
    void secondCycleShowsTheFirstCyclesAnswers() {
        String school = newOrganisation();
        ProcessInstance first = start(school, DEADLINE_DAY);
        complete(assessmentTask(first, school), Answers.allMet(STANDARDS, "2026")
            .gap(ONLINE_SAFETY, Rating.PARTIALLY_MET, "No pupil survey").variables());

        clockAt("2027-10-04T10:00:00Z");
        ProcessInstance second = start(school, "2027-12-17");

        Map<String, Object> carried = engine.getTaskService().getVariables(assessmentTask(second, school).getId());
        assertThat(carried)
            .containsEntry(PREVIOUS_CYCLE.name(), first.getBusinessKey())
            .containsEntry(ONLINE_SAFETY.rating().name(), "partially-met")
            .containsEntry(ONLINE_SAFETY.gap().name(), "No pupil survey")
            .containsEntry(SAFER_RECRUITMENT.evidence().name(), "2026 (saferRecruitment)")
            .containsEntry(ACTION_PLAN_COMMENTS.name(), null);
        assertThat(carried.get(PREVIOUS_GAPS.name())).isEqualTo(List.of(
            Map.of("standard", ONLINE_SAFETY.title(), "rating", "Partially met", "gap", "No pupil survey")));
    }

    @Test
    @DisplayName("a start with an agency or an unknown school is refused, and starts nothing")
    void badStartIsRefused() {
        long before = casesOf(Section175Audit.KEY);

        assertRefused(() -> start("school-a, agency-police, school-z", DEADLINE_DAY),
            "Please correct: Schools taking part: 'agency-police' is not a known school; "
                + "Schools taking part: 'school-z' is not a known school.");

        assertThat(casesOf(Section175Audit.KEY)).isEqualTo(before);
    }

}
