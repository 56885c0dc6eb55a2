package org.iowscb.learningloop.audit.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ACTIONS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.DEADLINE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ESCALATION_NOTE;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.iowscb.learningloop.support.DemoUsers;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.Jobs;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a section 11 cycle (agencies) and a section 175/157 cycle (schools) share, run against each
 * model: one self-assessment per organisation in a sub-process of its own, due on the cycle's
 * deadline and escalated to the PQA Sub Group when it is missed; gaps that become actions in a step
 * of their own; the findings handed to the learning loop; and a timer that starts the next cycle.
 * The element ids of the shared steps are the same in both models.
 */
@FixedClock(FixedClock.MONDAY_2_NOVEMBER_2026)
public abstract class SelfAssessmentScenarios extends ProcessTest {

    /** Friday 29 January 2027. */
    protected static final String DEADLINE_DAY = "2027-01-29";

    protected static final String COMPLETE_SELF_ASSESSMENT = "complete-self-assessment";
    protected static final String DUE_DATE_PASSED = "due-date-passed";
    protected static final String ESCALATE_NON_RESPONSE = "escalate-non-response";
    protected static final String NON_RESPONSE_ESCALATED = "non-response-escalated";
    protected static final String GAPS_TO_ACTIONS = "gaps-to-actions";

    @Autowired
    protected Directory directory;

    private final String processKey;
    private final StringListVariable organisationsVariable;
    private final ProcessVariable<String> organisationVariable;
    private final String organisationType;
    private final String cycleStarted;
    private final Period timerPeriod;
    private final List<Integer> timerMonthDayHourMinute;

    /**
     * The model under test; the start variable that names the cycle's organisations, and the one
     * each sub-process holds; their group type ({@link Groups#TYPE_AGENCY} or
     * {@link Groups#TYPE_SCHOOL}); the timer start event, its period, and its month, day, hour and
     * minute (UTC).
     */
    protected SelfAssessmentScenarios(String processKey, StringListVariable organisations,
                                      ProcessVariable<String> organisation, String organisationType,
                                      String cycleStarted, Period timerPeriod, List<Integer> timerMonthDayHourMinute) {
        this.processKey = processKey;
        this.organisationsVariable = organisations;
        this.organisationVariable = organisation;
        this.organisationType = organisationType;
        this.cycleStarted = cycleStarted;
        this.timerPeriod = timerPeriod;
        this.timerMonthDayHourMinute = timerMonthDayHourMinute;
    }

    /** Every organisation of the cycle's type in Admin, which a first cycle asks. */
    private List<String> organisationsInAdmin() {
        return isSchools() ? directory.schools() : directory.agencies();
    }

    /** The demo users' organisations of that type. */
    private List<String> demoOrganisations() {
        String prefix = isSchools() ? Groups.SCHOOL_PREFIX : Groups.AGENCY_PREFIX;
        return DemoUsers.ALL.stream().flatMap(user -> user.groups().stream())
            .filter(group -> group.startsWith(prefix)).toList();
    }

    private boolean isSchools() {
        return Groups.TYPE_SCHOOL.equals(organisationType);
    }

    @Test
    @DisplayName("an organisation past its due date is escalated to the PQA Sub Group; its own task stays open")
    void nonRespondingOrganisationIsEscalated() {
        String organisation = newOrganisation();
        ProcessInstance cycle = start(organisation, DEADLINE_DAY);
        Task assessment = assessmentTask(cycle, organisation);

        clockAt("2027-01-29T17:00:01Z");
        engine.getManagementService().executeJob(dueDateTimerOf(assessment).getId());

        Task escalation = single(cycle, ESCALATE_NON_RESPONSE);
        assertThat(candidateGroups(escalation)).containsExactly(Groups.PQA_SUBGROUP);
        // 5 working days from Friday 29 January 2027
        assertThat(escalation.getDueDate()).isEqualTo(Instant.parse("2027-02-05T17:00:00Z"));
        assertThat(engine.getTaskService().getVariables(escalation.getId()))
            .containsEntry(organisationVariable.name(), organisation);
        assertRefused(() -> complete(escalation, Variables.createVariables()),
            "Please correct: What the Sub Group did is required.");
        complete(escalation, Variables.createVariables()
            .putValue(ESCALATION_NOTE.name(), "Wrote to the organisation's lead; new date 12 February"));
        assertThat(cycle).hasPassed(NON_RESPONSE_ESCALATED).isWaitingAt(COMPLETE_SELF_ASSESSMENT);

        theLateAssessmentComesIn(cycle, organisation);
    }

    /** After the escalation: what the test of a model proves of the rest of the cycle (nothing more here). */
    protected void theLateAssessmentComesIn(ProcessInstance cycle, String organisation) {
    }

    @Test
    @DisplayName("the timer starts a cycle on its day; the first one asks every organisation in Admin; the next is set")
    void firstTimerCycleAsksEveryOrganisation() {
        Job timer = Jobs.single(engine.getManagementService(), cycleStarted);
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneOffset.UTC);
        assertThat(List.of(due.getMonthValue(), due.getDayOfMonth(), due.getHour(), due.getMinute()))
            .as("09:00 in London on the cycle's day").isEqualTo(timerMonthDayHourMinute);
        forgetEveryCycle();
        clockAt(due.plusSeconds(1).toInstant().toString());

        ProcessInstance cycle = fireCycleTimer(timer);

        assertThat(organisationsInAdmin()).containsAll(demoOrganisations());
        assertThat(cycle).hasPassed(cycleStarted).variables()
            .containsEntry(organisationsVariable.name(), organisationsInAdmin());
        assertThat(assessmentTasks(cycle)).hasSize(organisationsInAdmin().size());
        assertThat(Jobs.single(engine.getManagementService(), cycleStarted).getDuedate())
            .as("the next cycle").isEqualTo(due.plus(timerPeriod).toInstant());
    }

    /** Starts a cycle as the start form does: the organisations typed, comma separated. */
    protected ProcessInstance start(String organisationsTyped, String deadline) {
        VariableMap variables = Variables.createVariables().putValue(organisationsVariable.name(), organisationsTyped);
        if (deadline != null) {
            variables.putValue(DEADLINE.name(), deadline);
        }
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, variables);
    }

    /** An organisation of its own for one test, so that no other test's answers are carried into it. */
    protected String newOrganisation() {
        String prefix = isSchools() ? Groups.SCHOOL_PREFIX : Groups.AGENCY_PREFIX;
        String id = prefix + "test-" + UUID.randomUUID().toString().substring(0, 8);
        Group group = engine.getIdentityService().newGroup(id);
        group.setName("Test " + organisationType + " " + id);
        group.setType(organisationType);
        engine.getIdentityService().saveGroup(group);
        return id;
    }

    protected List<Task> assessmentTasks(ProcessInstance cycle) {
        return tasksOf(cycle, COMPLETE_SELF_ASSESSMENT);
    }

    protected Task assessmentTask(ProcessInstance cycle, String organisation) {
        return taskFor(cycle, COMPLETE_SELF_ASSESSMENT, organisation);
    }

    /** The Sub Group's task of this key about this organisation. */
    protected Task taskAbout(ProcessInstance cycle, String taskKey, String organisation) {
        return tasksOf(cycle, taskKey).stream()
            .filter(task -> organisation.equals(engine.getTaskService().getVariable(task.getId(), organisationVariable.name())))
            .findFirst().orElseThrow(() -> new AssertionError("no " + taskKey + " of " + organisation));
    }

    /** The one open task of this key in the cycle. */
    protected Task single(ProcessInstance cycle, String taskKey) {
        List<Task> tasks = tasksOf(cycle, taskKey);
        assertThat(tasks).as("the tasks %s of %s", taskKey, cycle.getBusinessKey()).hasSize(1);
        return tasks.get(0);
    }

    /** The organisation's due-date timer, on its self-assessment task. */
    protected Job dueDateTimerOf(Task assessment) {
        Job job = engine.getManagementService().createJobQuery().executionId(assessment.getExecutionId())
            .activityId(DUE_DATE_PASSED).singleResult();
        assertThat(job).as("due-date timer of task %s", assessment.getId()).isNotNull();
        return job;
    }

    /** Runs the asynchronous step that starts one improvement-action per gap. */
    protected void turnGapsIntoActions(ProcessInstance cycle) {
        assertThat(cycle).isWaitingAt(GAPS_TO_ACTIONS);
        fire(cycle, GAPS_TO_ACTIONS);
    }

    @SuppressWarnings("unchecked")
    protected List<Map<String, String>> actions(ProcessInstance cycle) {
        return (List<Map<String, String>>) engine.getRuntimeService().getVariable(cycle.getId(), ACTIONS);
    }

    /** Fires the cycle timer; the one cycle it started. */
    protected ProcessInstance fireCycleTimer(Job timer) {
        Set<String> before = cycleIds();
        engine.getManagementService().executeJob(timer.getId());
        Set<String> started = cycleIds();
        started.removeAll(before);
        assertThat(started).hasSize(1);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started.iterator().next())
            .singleResult();
    }

    protected Set<String> cycleIds() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
            .list().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    }

    /**
     * No cycle before, running or ended: the timer's next cycle takes the organisations of the
     * previous one, and other tests' cycles share the database.
     */
    protected void forgetEveryCycle() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).list()
            .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test: no cycle before"));
        List<String> ended = List.copyOf(cycleIds());
        if (!ended.isEmpty()) {
            engine.getHistoryService().deleteHistoricProcessInstances(ended);
        }
    }
}
