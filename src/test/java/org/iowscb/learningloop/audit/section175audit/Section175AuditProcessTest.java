package org.iowscb.learningloop.audit.section175audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.ACTION_PLAN_COMMENTS;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.SCHOOL;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.SCHOOLS;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.STANDARDS;
import static org.iowscb.learningloop.audit.section175audit.Section175Audit.SUPPORT_OFFERED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ACTIONS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ASSESSMENT_ACCEPTED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.DEADLINE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ESCALATION_NOTE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.GAPS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_CYCLE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_GAPS;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningHandovers;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.RejectedInputException;
import org.iowscb.learningloop.audit.section175audit.Section175Audit.Elements;
import org.iowscb.learningloop.audit.selfassessment.Answers;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.Standard;
import org.iowscb.learningloop.support.Jobs;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class Section175AuditProcessTest extends ProcessTest {

    /** Monday 2 November 2026, 10:00 in London (GMT). */
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    /** Friday 29 January 2027. */
    static final String DEADLINE_DAY = "2027-01-29";

    static final Standard SAFER_RECRUITMENT = STANDARDS.get(2);
    static final Standard ONLINE_SAFETY = STANDARDS.get(6);

    @Autowired
    LearningHandovers handovers;

    @Autowired
    Directory directory;

    @BeforeEach
    void fixTheClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @Test
    @DisplayName("happy path - each school assesses itself, the PQA Sub Group scrutinises, the Education Sub Group reviews the action plan")
    void schoolsPqaAndEducationSubGroups() {
        String first = newSchool();
        String second = newSchool();
        ProcessInstance cycle = start(first + ", " + second, DEADLINE_DAY);

        assertThat(cycle.getBusinessKey()).matches("S175-2026-\\d{4}");
        assertThat(assessmentTasks(cycle)).extracting(this::candidateGroups)
            .containsExactlyInAnyOrder(List.of(first), List.of(second));
        assertThat(assessmentTask(cycle, first).getDueDate()).isEqualTo(Instant.parse("2027-01-29T17:00:00Z"));

        complete(assessmentTask(cycle, first), Answers.allMet(STANDARDS, "Governors' minutes")
            .gap(ONLINE_SAFETY, Rating.NOT_MET, "Filtering is not monitored").variables());
        Task scrutiny = taskOf(cycle, Elements.SCRUTINISE_SELF_ASSESSMENT, first);
        assertThat(candidateGroups(scrutiny)).containsExactly(Groups.PQA_SUBGROUP);
        complete(scrutiny, Variables.createVariables().putValue(ASSESSMENT_ACCEPTED.name(), true));

        Task review = taskOf(cycle, Elements.REVIEW_ACTION_PLAN, first);
        assertThat(candidateGroups(review)).containsExactly(Groups.EDUCATION_SUBGROUP);
        // 15 working days from Monday 2 November 2026
        assertThat(review.getDueDate()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        assertThat(engine.getTaskService().getVariable(review.getId(), GAPS)).isEqualTo(List.of(
            Map.of("standard", ONLINE_SAFETY.title(), "rating", "Not met", "gap", "Filtering is not monitored")));
        assertThatThrownBy(() -> complete(review, Variables.createVariables()
            .putValue(SUPPORT_OFFERED.name(), "Online safety training")))
            .isInstanceOf(RejectedInputException.class)
            .hasMessage("Please correct: actionPlanComments is required.");
        complete(review, Variables.createVariables()
            .putValue(ACTION_PLAN_COMMENTS.name(), "Agree a monitoring routine with the IT provider")
            .putValue(SUPPORT_OFFERED.name(), "Online safety training for the designated safeguarding lead"));
        assertThat(cycle).hasPassed(Elements.SCHOOL_ACTION_PLAN_REVIEWED);

        complete(assessmentTask(cycle, second), Answers.allMet(STANDARDS, "Policy").variables());
        complete(taskOf(cycle, Elements.SCRUTINISE_SELF_ASSESSMENT, second), Variables.createVariables()
            .putValue(ASSESSMENT_ACCEPTED.name(), false)
            .putValue(CHALLENGE.name(), "When was the single central record last checked?"));
        Task returned = assessmentTask(cycle, second);
        assertThat(returned.getDueDate()).isEqualTo(Instant.parse("2026-11-16T17:00:00Z"));
        complete(returned, Answers.allMet(STANDARDS, "Policy")
            .gap(SAFER_RECRUITMENT, Rating.PARTIALLY_MET, "Single central record not checked this year").variables());
        complete(taskOf(cycle, Elements.SCRUTINISE_SELF_ASSESSMENT, second),
            Variables.createVariables().putValue(ASSESSMENT_ACCEPTED.name(), true));
        complete(taskOf(cycle, Elements.REVIEW_ACTION_PLAN, second), Variables.createVariables()
            .putValue(ACTION_PLAN_COMMENTS.name(), "Check the record each term"));
        // the actions start in a step of their own, after the Sub Group's submit is saved
        assertThat(cycle).isWaitingAt(Elements.GAPS_TO_ACTIONS);
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
            .processInstanceId(cycle.getId()).activityId(Elements.GAPS_TO_ACTIONS).singleResult().getId());

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
        String school = newSchool();
        ProcessInstance first = start(school, DEADLINE_DAY);
        complete(assessmentTask(first, school), Answers.allMet(STANDARDS, "2026")
            .gap(ONLINE_SAFETY, Rating.PARTIALLY_MET, "No pupil survey").variables());

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-10-04T10:00:00Z")));
        ProcessInstance second = start(school, "2027-12-17");

        Map<String, Object> carried = engine.getTaskService().getVariables(assessmentTask(second, school).getId());
        assertThat(carried)
            .containsEntry(PREVIOUS_CYCLE.name(), first.getBusinessKey())
            .containsEntry(ONLINE_SAFETY.rating().name(), "partially-met")
            .containsEntry(ONLINE_SAFETY.gap().name(), "No pupil survey")
            .containsEntry(SAFER_RECRUITMENT.evidence().name(), "2026 (saferRecruitment)")
            .containsEntry(ACTION_PLAN_COMMENTS.name(), null);
        assertThat(carried.get(PREVIOUS_GAPS)).isEqualTo(List.of(
            Map.of("standard", ONLINE_SAFETY.title(), "rating", "Partially met", "gap", "No pupil survey")));
    }

    @Test
    @DisplayName("a school past its due date is escalated to the PQA Sub Group")
    void nonRespondingSchoolIsEscalated() {
        String school = newSchool();
        ProcessInstance cycle = start(school, DEADLINE_DAY);
        Task assessment = assessmentTask(cycle, school);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-29T17:00:01Z")));
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
            .executionId(assessment.getExecutionId()).activityId(Elements.DUE_DATE_PASSED).singleResult().getId());

        Task escalation = single(cycle, Elements.ESCALATE_NON_RESPONSE);
        assertThat(candidateGroups(escalation)).containsExactly(Groups.PQA_SUBGROUP);
        assertThat(escalation.getDueDate()).isEqualTo(Instant.parse("2027-02-05T17:00:00Z"));
        complete(escalation, Variables.createVariables()
            .putValue(ESCALATION_NOTE.name(), "Wrote to the head teacher and the chair of governors"));
        assertThat(cycle).hasPassed(Elements.NON_RESPONSE_ESCALATED).isWaitingAt(Elements.COMPLETE_SELF_ASSESSMENT);
    }

    @Test
    @DisplayName("every year the timer starts a cycle; the first one asks every school in Admin")
    void timerStartsACycleForEverySchool() {
        Job timer = Jobs.single(engine.getManagementService(), Elements.CYCLE_STARTED);
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneOffset.UTC);
        assertThat(List.of(due.getMonthValue(), due.getDayOfMonth(), due.getHour(), due.getMinute()))
            .as("09:00 in London on 1 October").containsExactly(10, 1, 8, 0);
        forgetEveryCycle();
        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1).toInstant()));

        Set<String> before = cycleIds();
        engine.getManagementService().executeJob(timer.getId());
        Set<String> started = cycleIds();
        started.removeAll(before);
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(started.iterator().next()).singleResult();

        assertThat(directory.schools()).contains("school-a", "school-b");
        assertThat(cycle).variables().containsEntry(SCHOOLS.name(), directory.schools());
        assertThat(assessmentTasks(cycle)).hasSize(directory.schools().size());
        assertThat(Jobs.single(engine.getManagementService(), Elements.CYCLE_STARTED).getDuedate())
            .as("next year's cycle").isEqualTo(due.plusYears(1).toInstant());
    }

    @Test
    @DisplayName("a start with an agency or an unknown school is refused, and starts nothing")
    void badStartIsRefused() {
        int before = cycleIds().size();

        assertThatThrownBy(() -> start("school-a, agency-police, school-z", DEADLINE_DAY))
            .isInstanceOf(RejectedInputException.class)
            .hasMessage("Please correct: schools: 'agency-police' is not a known school; "
                + "schools: 'school-z' is not a known school.");

        assertThat(cycleIds()).hasSize(before);
    }

    private ProcessInstance start(String schools, String deadline) {
        VariableMap variables = Variables.createVariables().putValue(SCHOOLS.name(), schools)
            .putValue(DEADLINE.name(), deadline);
        return engine.getRuntimeService().startProcessInstanceByKey(Section175Audit.KEY, variables);
    }

    private void handOver(ProcessInstance cycle) {
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
            .processInstanceId(cycle.getId()).activityId(Elements.HAND_FINDINGS_TO_LEARNING_LOOP).singleResult().getId());
    }

    private Set<String> cycleIds() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(Section175Audit.KEY)
            .list().stream().map(p -> p.getId()).collect(Collectors.toSet());
    }

    private void forgetEveryCycle() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Section175Audit.KEY).list()
            .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test: no cycle before"));
        List<String> ended = List.copyOf(cycleIds());
        if (!ended.isEmpty()) {
            engine.getHistoryService().deleteHistoricProcessInstances(ended);
        }
    }

    /** A school of its own for one test, so that no other test's answers are carried into it. */
    private String newSchool() {
        String id = "school-s175-" + UUID.randomUUID().toString().substring(0, 8);
        Group group = engine.getIdentityService().newGroup(id);
        group.setName("Test school " + id);
        group.setType(Groups.TYPE_SCHOOL);
        engine.getIdentityService().saveGroup(group);
        return id;
    }

    private List<Task> assessmentTasks(ProcessInstance cycle) {
        return engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
            .taskDefinitionKey(Elements.COMPLETE_SELF_ASSESSMENT).list();
    }

    private Task assessmentTask(ProcessInstance cycle, String school) {
        return engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId())
            .taskDefinitionKey(Elements.COMPLETE_SELF_ASSESSMENT).taskCandidateGroup(school).singleResult();
    }

    /** The Sub Group's task about this school. */
    private Task taskOf(ProcessInstance cycle, String key, String school) {
        return engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(key)
            .list().stream()
            .filter(t -> school.equals(engine.getTaskService().getVariable(t.getId(), SCHOOL.name())))
            .findFirst().orElseThrow(() -> new AssertionError("no " + key + " of " + school));
    }

    private Task single(ProcessInstance cycle, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(key)
            .singleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> actions(ProcessInstance cycle) {
        return (List<Map<String, String>>) engine.getRuntimeService().getVariable(cycle.getId(), ACTIONS);
    }

    private void complete(Task task, VariableMap variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }
}
