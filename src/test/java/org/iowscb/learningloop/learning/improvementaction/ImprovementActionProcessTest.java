package org.iowscb.learningloop.learning.improvementaction;

import static org.iowscb.learningloop.support.DemoUsers.POLICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_DESCRIPTION;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_OUTCOME;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.CHASE_NOTE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_CHANGE_REASON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_DATE_CHANGES;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_ON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE_ACCEPTED;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE_CHECK;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.LAST_RETURN_REASONS;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.LESSON_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MONITORING_GROUP;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.NEW_DATE_AGREED;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.NEW_DUE_ON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.OWNER_GROUP;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.RETURN_REASONS;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction.Elements;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of an improvement action, with the learning register read back at each step: started
 * directly and by a learning cycle's call activity, evidence accepted or returned, escalation
 * repeated while the owner is silent, a new date agreed twice (every slip kept).
 */
@FixedClock(FixedClock.MONDAY_2_NOVEMBER_2026)
class ImprovementActionProcessTest extends ProcessTest {

    /** A Friday: the evidence is due at 17:00 that day, and overdue after. */
    static final String DUE = "2026-12-04";
    static final Instant OVERDUE_FROM = Instant.parse("2026-12-04T17:00:00Z");
    static final String EVIDENCE_TEXT = "Every domestic abuse call-out now goes to the MASH the same day; "
        + "the duty sergeant checks the log at each shift change";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.iowscb.learningloop.learning.LearningRegister register;

    @Test
    @DisplayName("started directly: the ACT reference is the business key, the owner's task is due at the end of the due day")
    void startedDirectly() {
        ProcessInstance action = start(POLICE, Groups.PQA_SUBGROUP);

        String reference = action.getBusinessKey();
        assertThat(reference).matches("ACT-2026-\\d{4}");
        assertThat(action).isWaitingAt(Elements.GIVE_EVIDENCE).variables()
            .containsEntry(ACTION_REFERENCE.name(), reference)
            .containsEntry(CaseVariables.CASE_REFERENCE.name(), reference)
            .containsEntry(MONITORING_GROUP.name(), Groups.PQA_SUBGROUP)
            .doesNotContainKey(CaseVariables.SOURCE_REFERENCE.name());
        Task give = task(Elements.GIVE_EVIDENCE, action);
        assertThat(candidateGroups(give)).containsExactly(POLICE);
        assertThat(give.getDueDate()).isEqualTo(OVERDUE_FROM);
        assertThat(escalationTimer(action).getDuedate()).isEqualTo(OVERDUE_FROM);

        assertThat(register(reference)).containsEntry("state", "OPEN")
            .containsEntry("cycle_reference", reference)
            .containsEntry("owner_group", POLICE)
            .containsEntry("monitoring_group", Groups.PQA_SUBGROUP)
            .containsEntry("description", "Police refer every domestic abuse call-out to the MASH the same day")
            .containsEntry("lesson_reference", null)
            .containsEntry("evidence", null);
        assertThat(String.valueOf(register(reference).get("due_on"))).isEqualTo(DUE);
    }

    @Test
    @DisplayName("started by a learning cycle: one action per entry, each with its own ACT reference, found by the cycle's key")
    void startedByALearningCycle() {
        ActionPlanStandIn.deployIfAbsent(engine);
        if (!register.hasLesson("LRN-2026-9042-L1")) {
            register.recordLesson("LRN-2026-9042-L1", "LRN-2026-9042", null, null,
                "Health visitors did not ask about domestic abuse", List.of("domestic-abuse"), java.time.LocalDate.of(2026, 11, 2));
        }
        ProcessInstance plan = engine.getRuntimeService().startProcessInstanceByKey(ActionPlanStandIn.KEY,
            "LRN-2026-9042", Variables.createVariables().putValue("actions", ActionPlanStandIn.actions(
                ActionPlanStandIn.action("Health visitors ask about domestic abuse at every contact",
                    "agency-health", DUE, Groups.SCR_SUBGROUP, "LRN-2026-9042-L1"),
                ActionPlanStandIn.action("Schools record every safeguarding concern in the new log",
                    "school-a", "2027-01-29", "pqa-subgroup, education-subgroup", null))));

        List<ProcessInstance> actions = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ImprovementAction.KEY).processInstanceBusinessKey("LRN-2026-9042").list();
        assertThat(actions).hasSize(2);
        ProcessInstance health = actionOwnedBy(actions, "agency-health");
        ProcessInstance school = actionOwnedBy(actions, "school-a");
        String healthReference = reference(health);
        String schoolReference = reference(school);
        assertThat(List.of(healthReference, schoolReference)).allMatch(r -> r.matches("ACT-2026-\\d{4}"))
            .doesNotHaveDuplicates();
        assertThat(health).variables()
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), "LRN-2026-9042")
            .containsEntry(CaseVariables.CASE_REFERENCE.name(), "LRN-2026-9042")
            .containsEntry(LESSON_REFERENCE.name(), "LRN-2026-9042-L1");
        assertThat(school).variables()
            .containsEntry(MONITORING_GROUP.name(), "pqa-subgroup,education-subgroup")
            .containsEntry(LESSON_REFERENCE.name(), null);
        assertThat(jdbc.queryForList("select action_reference from ll_action where cycle_reference = ? "
            + "order by action_reference", String.class, "LRN-2026-9042"))
            .containsExactlyInAnyOrder(healthReference, schoolReference);
        assertThat(register(healthReference)).containsEntry("lesson_reference", "LRN-2026-9042-L1")
            .containsEntry("monitoring_group", Groups.SCR_SUBGROUP);

        giveEvidence(school, EVIDENCE_TEXT);
        assertThat(candidateGroups(task(Elements.CONSIDER_EVIDENCE, school)))
            .containsExactlyInAnyOrder(Groups.PQA_SUBGROUP, Groups.EDUCATION_SUBGROUP);
        accept(school);
        assertThat(plan).as("the cycle waits for every action").isWaitingAt("carry-out-actions");

        giveEvidence(health, EVIDENCE_TEXT);
        assertThat(candidateGroups(task(Elements.CONSIDER_EVIDENCE, health))).containsExactly(Groups.SCR_SUBGROUP);
        accept(health);
        assertThat(plan).isEnded();
        assertThat(register(healthReference)).containsEntry("state", "COMPLETED");
        assertThat(register(schoolReference)).containsEntry("state", "COMPLETED");
    }

    @Test
    @DisplayName("happy path - evidence given before the due date and accepted: the register shows it completed")
    void evidenceAccepted() {
        ProcessInstance action = start(POLICE, Groups.PQA_SUBGROUP);
        String reference = reference(action);

        complete(task(Elements.GIVE_EVIDENCE, action), Variables.createVariables()
            .putValue(EVIDENCE.name(), EVIDENCE_TEXT)
            .putValue(EVIDENCE_CHECK.name(), "Dip sample of 20 call-outs in November: all referred the same day"));

        assertThat(action).isWaitingAt(Elements.CONSIDER_EVIDENCE);
        assertThat(managementJobs(action)).as("no escalation once the evidence is given").isZero();
        Task consider = task(Elements.CONSIDER_EVIDENCE, action);
        assertThat(candidateGroups(consider)).containsExactly(Groups.PQA_SUBGROUP);
        // 10 working days from Monday 2 November 2026
        assertThat(consider.getDueDate()).isEqualTo(Instant.parse("2026-11-16T17:00:00Z"));
        assertThat(register(reference)).containsEntry("state", "EVIDENCE_GIVEN").containsEntry("evidence", EVIDENCE_TEXT);

        clockAt("2026-11-10T10:00:00Z");
        accept(action);

        assertThat(action).isEnded().hasPassed(Elements.EVIDENCE_GIVEN, Elements.ACTION_COMPLETED)
            .hasNotPassed(Elements.DEAL_WITH_OVERDUE_ACTION)
            .variables().containsEntry(ACTION_OUTCOME.name(), ImprovementAction.COMPLETED);
        assertThat(register(reference)).containsEntry("state", "COMPLETED").containsEntry("evidence", EVIDENCE_TEXT);
        assertThat(String.valueOf(register(reference).get("completed_on"))).isEqualTo("2026-11-10");
    }

    @Test
    @DisplayName("evidence returned with reasons: the owner's form shows them, the sub-group sees them beside the new evidence")
    void evidenceReturned() {
        ProcessInstance action = start(POLICE, Groups.PQA_SUBGROUP);
        String reference = reference(action);
        giveEvidence(action, "We briefed the duty sergeants on the new referral route");

        complete(task(Elements.CONSIDER_EVIDENCE, action), Variables.createVariables()
            .putValue(EVIDENCE_ACCEPTED.name(), false)
            .putValue(RETURN_REASONS.name(), "A briefing is not a change in practice: show the referrals"));

        assertThat(action).isWaitingAt(Elements.GIVE_EVIDENCE).variables()
            .containsEntry(RETURN_REASONS.name(), "A briefing is not a change in practice: show the referrals")
            .doesNotContainKey(ACTION_OUTCOME.name());
        Task again = task(Elements.GIVE_EVIDENCE, action);
        assertThat(candidateGroups(again)).containsExactly(POLICE);
        assertThat(again.getDueDate()).isEqualTo(OVERDUE_FROM);
        assertThat(escalationTimer(action).getDuedate()).isEqualTo(OVERDUE_FROM);
        assertThat(register(reference)).containsEntry("state", "RETURNED")
            .containsEntry("evidence", "We briefed the duty sergeants on the new referral route");

        giveEvidence(action, EVIDENCE_TEXT);
        assertThat(action).isWaitingAt(Elements.CONSIDER_EVIDENCE).variables()
            .containsEntry(LAST_RETURN_REASONS.name(), "A briefing is not a change in practice: show the referrals")
            .doesNotContainKey(RETURN_REASONS.name());
        assertThat(register(reference)).containsEntry("state", "EVIDENCE_GIVEN").containsEntry("evidence", EVIDENCE_TEXT);
        accept(action);

        assertThat(action).isEnded().hasPassed(Elements.ACTION_COMPLETED);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(action.getId())
            .taskDefinitionKey(Elements.GIVE_EVIDENCE).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("overdue: the sub-group and the business unit are asked, and asked again every week until the owner answers")
    void escalationRepeatsUntilDealtWith() {
        ProcessInstance action = start(POLICE, "pqa-subgroup,education-subgroup");
        String reference = reference(action);

        ClockUtil.setCurrentTime(Date.from(OVERDUE_FROM.plusSeconds(1)));
        fire(escalationTimer(action));
        Task first = overdueTasks(action).get(0);
        assertThat(candidateGroups(first))
            .containsExactlyInAnyOrder(Groups.PQA_SUBGROUP, Groups.EDUCATION_SUBGROUP, Groups.BUSINESS_UNIT);
        // 5 working days from Friday 4 December 2026
        assertThat(first.getDueDate()).isEqualTo(Instant.parse("2026-12-11T17:00:00Z"));
        assertThat(action).isWaitingAt(Elements.GIVE_EVIDENCE, Elements.DEAL_WITH_OVERDUE_ACTION);
        assertThat(register(reference)).containsEntry("state", "OVERDUE");
        assertThat(escalationTimer(action).getDuedate()).as("the next escalation, a week on")
            .isEqualTo(Instant.parse("2026-12-11T17:00:00Z"));

        complete(first, Variables.createVariables()
            .putValue(NEW_DATE_AGREED.name(), false)
            .putValue(CHASE_NOTE.name(), "Phoned the police safeguarding lead; evidence promised this week"));
        assertThat(action).hasPassed(Elements.OWNER_CHASED).isWaitingAt(Elements.GIVE_EVIDENCE);
        assertThat(register(reference)).containsEntry("state", "OVERDUE");
        assertThat(String.valueOf(register(reference).get("due_on"))).isEqualTo(DUE);

        clockAt("2026-12-11T17:00:01Z");
        fire(escalationTimer(action));
        assertThat(overdueTasks(action)).as("escalated a second time").hasSize(1);
        clockAt("2026-12-18T17:00:01Z");
        fire(escalationTimer(action));
        assertThat(overdueTasks(action)).as("not dealt with: escalated a third time").hasSize(2);
        assertThat(escalationTimer(action).getDuedate()).isEqualTo(Instant.parse("2026-12-25T17:00:00Z"));

        giveEvidence(action, EVIDENCE_TEXT);

        assertThat(action).isWaitingAt(Elements.CONSIDER_EVIDENCE);
        assertThat(overdueTasks(action)).as("the owner's answer closes the open escalations").isEmpty();
        assertThat(managementJobs(action)).as("and stops the clock").isZero();
        assertThat(register(reference)).containsEntry("state", "EVIDENCE_GIVEN");
        accept(action);
        assertThat(action).isEnded().hasNotPassed(Elements.NEW_DATE_SET, Elements.DUE_DATE_MOVED);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(action.getId())
            .taskDefinitionKey(Elements.DEAL_WITH_OVERDUE_ACTION).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("a new date agreed, twice: the clock restarts from each, and the register keeps every slip with its reason")
    void newDatesAgreed() {
        ProcessInstance action = start(POLICE, Groups.PQA_SUBGROUP);
        String reference = reference(action);

        clockAt("2026-12-07T09:00:00Z");
        fire(escalationTimer(action));
        agreeNewDate(action, "2027-01-15", "The MASH moved building; referrals restart in January");

        assertThat(action).hasPassed(Elements.NEW_DATE_SET, Elements.DUE_DATE_MOVED).isWaitingAt(Elements.GIVE_EVIDENCE)
            .variables().containsEntry(DUE_ON.name(), "2027-01-15");
        assertThat(overdueTasks(action)).isEmpty();
        Task give = task(Elements.GIVE_EVIDENCE, action);
        assertThat(give.getDueDate()).isEqualTo(Instant.parse("2027-01-15T17:00:00Z"));
        assertThat(escalationTimer(action).getDuedate()).as("the clock restarts from the new date")
            .isEqualTo(Instant.parse("2027-01-15T17:00:00Z"));
        assertThat(register(reference)).containsEntry("state", "OPEN");
        assertThat(String.valueOf(register(reference).get("due_on"))).isEqualTo("2027-01-15");

        clockAt("2027-01-18T09:00:00Z");
        fire(escalationTimer(action));
        assertThat(register(reference)).containsEntry("state", "OVERDUE");
        agreeNewDate(action, "2027-02-12", "Sickness in the safeguarding team");

        assertThat(task(Elements.GIVE_EVIDENCE, action).getDueDate()).isEqualTo(Instant.parse("2027-02-12T17:00:00Z"));
        assertThat(escalationTimer(action).getDuedate()).isEqualTo(Instant.parse("2027-02-12T17:00:00Z"));
        assertThat(String.valueOf(register(reference).get("due_on"))).isEqualTo("2027-02-12");
        assertThat(slips(reference)).containsExactly(
            "2026-12-04 -> 2027-01-15 on 2026-12-07: The MASH moved building; referrals restart in January",
            "2027-01-15 -> 2027-02-12 on 2027-01-18: Sickness in the safeguarding team");
        assertThat(DUE_DATE_CHANGES.from(engine.getRuntimeService().getVariables(action.getId())))
            .extracting(change -> change.from() + " -> " + change.to() + ": " + change.reason())
            .containsExactly("2026-12-04 -> 2027-01-15: The MASH moved building; referrals restart in January",
                "2027-01-15 -> 2027-02-12: Sickness in the safeguarding team");

        giveEvidence(action, EVIDENCE_TEXT);
        accept(action);
        assertThat(action).isEnded().hasPassed(Elements.ACTION_COMPLETED);
        assertThat(register(reference)).containsEntry("state", "COMPLETED");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(action.getId())
            .taskDefinitionKey(Elements.GIVE_EVIDENCE).count()).as("the owner's task, re-entered with each date")
            .isEqualTo(3);
    }

    @Test
    @DisplayName("evidence returned after the due date: the owner's task is overdue at once, the escalation resumes at its weekly point")
    void returnedAfterTheDueDate() {
        ProcessInstance action = start(POLICE, Groups.PQA_SUBGROUP);
        clockAt("2026-12-08T10:00:00Z");
        giveEvidence(action, "We briefed the duty sergeants on the new referral route");

        complete(task(Elements.CONSIDER_EVIDENCE, action), Variables.createVariables()
            .putValue(EVIDENCE_ACCEPTED.name(), false)
            .putValue(RETURN_REASONS.name(), "Show the referrals, not the briefing"));

        assertThat(task(Elements.GIVE_EVIDENCE, action).getDueDate()).isEqualTo(OVERDUE_FROM);
        assertThat(escalationTimer(action).getDuedate()).isEqualTo(Instant.parse("2026-12-11T17:00:00Z"));
        clockAt("2026-12-11T17:00:01Z");
        fire(escalationTimer(action));
        assertThat(overdueTasks(action)).hasSize(1);
        assertThat(register(reference(action))).containsEntry("state", "OVERDUE");
    }

    @Test
    @DisplayName("a lesson or a source case that does not exist is refused at the start, naming the field")
    void unknownLessonOrSourceRefused() {
        assertRefused(() -> engine.getRuntimeService().startProcessInstanceByKey(ImprovementAction.KEY,
            Variables.createVariables()
                .putValue(ACTION_DESCRIPTION.name(), "Police refer every domestic abuse call-out to the MASH the same day")
                .putValue(OWNER_GROUP.name(), POLICE)
                .putValue(DUE_ON.name(), DUE)
                .putValue(MONITORING_GROUP.name(), Groups.PQA_SUBGROUP)
                .putValue(LESSON_REFERENCE.name(), "LRN-1999-0001-1")
                .putValue(CaseVariables.SOURCE_REFERENCE.name(), "SCR-1999-0001")))
            .hasMessageContaining("'LRN-1999-0001-1' is not a lesson in the learning register")
            .hasMessageContaining("'SCR-1999-0001' is not a case of the board");
    }

    ProcessInstance start(String owner, String monitoring) {
        return engine.getRuntimeService().startProcessInstanceByKey(ImprovementAction.KEY, Variables.createVariables()
            .putValue(ACTION_DESCRIPTION.name(), "Police refer every domestic abuse call-out to the MASH the same day")
            .putValue(OWNER_GROUP.name(), owner)
            .putValue(DUE_ON.name(), DUE)
            .putValue(MONITORING_GROUP.name(), monitoring));
    }

    void giveEvidence(ProcessInstance action, String evidence) {
        complete(task(Elements.GIVE_EVIDENCE, action), Variables.createVariables().putValue(EVIDENCE.name(), evidence));
    }

    void accept(ProcessInstance action) {
        complete(task(Elements.CONSIDER_EVIDENCE, action),
            Variables.createVariables().putValue(EVIDENCE_ACCEPTED.name(), true));
    }

    void agreeNewDate(ProcessInstance action, String newDueOn, String reason) {
        complete(overdueTasks(action).get(0), Variables.createVariables()
            .putValue(NEW_DATE_AGREED.name(), true)
            .putValue(NEW_DUE_ON.name(), newDueOn)
            .putValue(DUE_CHANGE_REASON.name(), reason));
    }

    List<Task> overdueTasks(ProcessInstance action) {
        return engine.getTaskService().createTaskQuery().processInstanceId(action.getId())
            .taskDefinitionKey(Elements.DEAL_WITH_OVERDUE_ACTION).orderByTaskCreateTime().asc().list();
    }

    Job escalationTimer(ProcessInstance action) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(action.getId())
            .activityId(Elements.ACTION_OVERDUE).singleResult();
        assertThat(job).as("escalation timer of %s", action.getBusinessKey()).isNotNull();
        return job;
    }

    void fire(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    long managementJobs(ProcessInstance action) {
        return engine.getManagementService().createJobQuery().processInstanceId(action.getId()).count();
    }

    String reference(ProcessInstance action) {
        return (String) engine.getRuntimeService().getVariable(action.getId(), ACTION_REFERENCE.name());
    }

    ProcessInstance actionOwnedBy(List<ProcessInstance> actions, String owner) {
        return actions.stream()
            .filter(a -> owner.equals(engine.getRuntimeService().getVariable(a.getId(), OWNER_GROUP.name())))
            .findFirst().orElseThrow();
    }

    Map<String, Object> register(String reference) {
        return jdbc.queryForMap("select * from ll_action where action_reference = ?", reference);
    }

    List<String> slips(String reference) {
        return jdbc.query("select old_due_on, new_due_on, changed_on, reason from ll_action_due_change "
                + "where action_reference = ? order by id",
            (row, n) -> row.getDate(1) + " -> " + row.getDate(2) + " on " + row.getDate(3) + ": " + row.getString(4),
            reference);
    }
}
