package org.iowscb.learningloop.audit.caseaudit;

import static org.iowscb.learningloop.support.DemoUsers.HEALTH;
import static org.iowscb.learningloop.support.DemoUsers.POLICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.ACTION_PLAN;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AGENCIES_NOT_REPLIED;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AGENCY_LEARNING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AUDIT_DEADLINE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AUDIT_RETURNS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CASES_AUDITED;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CASE_SAMPLE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CHASE_NOTE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.DID_NOT_WORK_WELL;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.ESCALATION_ACTION;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.EXTENDED_DEADLINE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.GRADING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.LAST_RETURN_REASONS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATED_FINDINGS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATED_ON;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATE_WITHOUT_MISSING_RETURNS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.OVERALL_GRADING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.REMINDER_DATE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.REPORT_ACCEPTED;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.RETURNS_DUE_ON;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.RETURN_REASONS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.SAMPLE_SIZE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.WORKED_WELL;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.audit.caseaudit.CaseAudit.Elements;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.iowscb.learningloop.audit.caseaudit.CaseAudit.AuditReturn;

/**
 * Every path of a multi-agency case audit, run against each model that has the shape
 * ({@code thematic-case-audit}, {@code multi-agency-case-audit}): a subclass names the model and
 * its focus (the theme, or the part of the child's journey).
 */
@FixedClock(FixedClock.MONDAY_2_NOVEMBER_2026)
public abstract class CaseAuditScenarios extends ProcessTest {

    /** Monday 30 November 2026: the reminder falls on Monday 23 November. */
    protected static final String DEADLINE = "2026-11-30";

    private final CaseType caseType;
    private final ProcessVariable<String> focus;
    private final String focusValue;
    private final int maxFocus;

    /**
     * The model under test, the variable that says what the audit looks at, a value for it, and the
     * longest focus the model accepts.
     */
    protected CaseAuditScenarios(CaseType caseType, ProcessVariable<String> focus, String focusValue, int maxFocus) {
        this.caseType = caseType;
        this.focus = focus;
        this.focusValue = focusValue;
        this.maxFocus = maxFocus;
    }

    @Test
    @DisplayName("commissioned in Tasklist: its own AUD reference, one audit task per agency due on the deadline")
    void commissioned() {
        ProcessInstance audit = start(commission());

        assertThat(audit.getBusinessKey()).matches("AUD-2026-\\d{4}");
        assertThat(audit).isActive().variables()
            .containsEntry(focus.name(), focusValue)
            .containsEntry(CASE_SAMPLE.name(), "CS-2026-0412, PN/88123, HV.5521")
            .containsEntry(SAMPLE_SIZE.name(), 3L)
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(POLICE, HEALTH))
            .containsEntry(RETURNS_DUE_ON.name(), DEADLINE)
            .containsEntry(REMINDER_DATE.name(), "2026-11-23")
            .containsEntry(AGENCIES_NOT_REPLIED.name(), "agency-police, agency-health")
            .containsEntry(AUDIT_RETURNS.name(), List.of())
            .doesNotContainKey(CaseVariables.SOURCE_REFERENCE.name());
        assertThat(agencyTasks(audit)).extracting(this::candidateGroups)
            .containsExactlyInAnyOrder(List.of(POLICE), List.of(HEALTH));
        assertThat(agencyTasks(audit)).extracting(Task::getDueDate)
            .containsOnly(Date.from(Instant.parse("2026-11-30T17:00:00Z")));
        assertThat(job(audit, Elements.RETURNS_REMINDER_DUE).getDuedate())
            .isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        assertThat(job(audit, Elements.RETURNS_DEADLINE_PASSED).getDuedate())
            .isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
    }

    @Test
    @DisplayName("started from another case with lists: the source reference is kept, the sample becomes text")
    void startedFromAnotherCase() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(focus.name(), focusValue);
        variables.put(CASE_SAMPLE.name(), List.of("CS-2026-0001", "CS-2026-0002"));
        variables.put(INVOLVED_AGENCIES.name(), List.of(HEALTH));
        variables.put(AUDIT_DEADLINE.name(), "2026-11-05");
        String reference = starter.start(caseType, "LRN-2026-0007", variables);
        ProcessInstance audit = byReference(reference);

        assertThat(audit).variables()
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), "LRN-2026-0007")
            .containsEntry(CASE_SAMPLE.name(), "CS-2026-0001, CS-2026-0002")
            .containsEntry(SAMPLE_SIZE.name(), 2L)
            // Thursday 5 November is nearer than 5 working days: the reminder is due today
            .containsEntry(REMINDER_DATE.name(), "2026-11-02");
        assertThat(candidateGroups(agencyTask(audit, HEALTH))).containsExactly(HEALTH);
    }

    @Test
    @DisplayName("happy path - every agency returns in time: moderation, acceptance, action plan, findings handed over")
    void everyAgencyReturnsInTime() {
        ProcessInstance audit = start(commission());
        returnAudit(audit, HEALTH, "good");
        assertThat(audit).isWaitingAt(Elements.AUDIT_CASE_SAMPLE).variables()
            .containsEntry(AGENCIES_NOT_REPLIED.name(), POLICE);
        returnAudit(audit, POLICE, "requires-improvement");

        assertThat(audit).hasPassed(Elements.EVERY_AGENCY_RETURNED).isWaitingAt(Elements.MODERATE_AUDIT_FINDINGS)
            .variables().containsEntry(AGENCIES_NOT_REPLIED.name(), "")
            .doesNotContainKeys(CASES_AUDITED.name(), WORKED_WELL.name(), GRADING.name());
        assertThat(auditReturns(audit)).containsExactly(row(HEALTH, "good", "Good"), row(POLICE, "requires-improvement", "Requires improvement"));
        Task moderation = task(Elements.MODERATE_AUDIT_FINDINGS, audit);
        assertThat(candidateGroups(moderation)).containsExactly(Groups.BUSINESS_UNIT);
        // 15 working days from Monday 2 November 2026
        assertThat(moderation.getDueDate()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        moderate(audit);

        Task consider = task(Elements.CONSIDER_AUDIT_REPORT, audit);
        assertThat(candidateGroups(consider)).containsExactly(Groups.PQA_SUBGROUP);
        assertThat(consider.getDueDate()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        complete(consider, Variables.createVariables().putValue(REPORT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(audit);

        assertThat(audit).isEnded().hasPassed(Elements.AUDIT_COMPLETED)
            .hasNotPassed(Elements.CHASE_OUTSTANDING_RETURNS, Elements.ESCALATE_OVERDUE_RETURNS);
        assertThat(handovers.find(audit.getBusinessKey())).hasValueSatisfying(handover -> {
            assertThat(handover.sourceType()).isEqualTo(caseType.processKey());
            assertThat(handover.findings()).isEqualTo("Neglect is seen late where no agency holds the whole picture");
        });
        assertThat(historicVariable(audit, ACTION_PLAN.name()))
            .isEqualTo("Health: a neglect screening tool by March 2027 (owner: agency-health)");
    }

    @Test
    @DisplayName("5 working days before the deadline the business unit chases whoever has not replied")
    void reminderBeforeTheDeadline() {
        ProcessInstance audit = start(commission());
        returnAudit(audit, POLICE, "good");

        clockAt("2026-11-23T17:00:01Z");
        fire(audit, Elements.RETURNS_REMINDER_DUE);
        Task chase = task(Elements.CHASE_OUTSTANDING_RETURNS, audit);
        assertThat(candidateGroups(chase)).containsExactly(Groups.BUSINESS_UNIT);
        // 2 working days from Monday 23 November 2026
        assertThat(chase.getDueDate()).isEqualTo(Instant.parse("2026-11-25T17:00:00Z"));
        assertThat(audit).isWaitingAt(Elements.AUDIT_CASE_SAMPLE, Elements.CHASE_OUTSTANDING_RETURNS).variables()
            .containsEntry(AGENCIES_NOT_REPLIED.name(), HEALTH);
        complete(chase, Variables.createVariables().putValue(CHASE_NOTE.name(), "Health's safeguarding lead phoned"));
        assertThat(audit).hasPassed(Elements.OUTSTANDING_RETURNS_CHASED).isWaitingAt(Elements.AUDIT_CASE_SAMPLE);

        returnAudit(audit, HEALTH, "good");
        assertThat(audit).isWaitingAt(Elements.MODERATE_AUDIT_FINDINGS);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(audit.getId()).count())
            .as("no timer is left once every agency has replied").isZero();
    }

    @Test
    @DisplayName("the last return closes a chase still open: there is nobody left to chase")
    void theLastReturnClosesAnOpenChase() {
        ProcessInstance audit = start(commission());
        fire(audit, Elements.RETURNS_REMINDER_DUE);
        assertThat(audit).isWaitingAt(Elements.AUDIT_CASE_SAMPLE, Elements.CHASE_OUTSTANDING_RETURNS);

        returnAudit(audit, POLICE, "good");
        returnAudit(audit, HEALTH, "good");

        assertThat(audit).isWaitingAt(Elements.MODERATE_AUDIT_FINDINGS).hasPassed(Elements.EVERY_AGENCY_RETURNED)
            .hasNotPassed(Elements.OUTSTANDING_RETURNS_CHASED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(audit.getId())
            .taskDefinitionKey(Elements.CHASE_OUTSTANDING_RETURNS).count()).isZero();
    }

    @Test
    @DisplayName("the deadline passes: the PQA chair extends it once (the tasks' due dates move), then moderates without")
    void escalationAfterTheDeadline() {
        ProcessInstance audit = start(commission());
        returnAudit(audit, POLICE, "good");

        clockAt("2026-11-30T17:00:01Z");
        fire(audit, Elements.RETURNS_DEADLINE_PASSED);
        Task escalation = task(Elements.ESCALATE_OVERDUE_RETURNS, audit);
        assertThat(candidateGroups(escalation)).containsExactly(Groups.PQA_SUBGROUP);
        // 5 working days from Monday 30 November 2026
        assertThat(escalation.getDueDate()).isEqualTo(Instant.parse("2026-12-07T17:00:00Z"));
        complete(escalation, Variables.createVariables()
            .putValue(ESCALATION_ACTION.name(), "Wrote to health's director of nursing")
            .putValue(MODERATE_WITHOUT_MISSING_RETURNS.name(), false)
            .putValue(EXTENDED_DEADLINE.name(), "2026-12-14"));

        assertThat(audit).isWaitingAt(Elements.AUDIT_CASE_SAMPLE, Elements.EXTENDED_DEADLINE_PASSED).variables()
            .containsEntry(RETURNS_DUE_ON.name(), "2026-12-14")
            .containsEntry(AUDIT_DEADLINE.name(), DEADLINE);
        assertThat(agencyTask(audit, HEALTH).getDueDate())
            .as("health's task shows the new deadline").isEqualTo(Instant.parse("2026-12-14T17:00:00Z"));
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(agencyTask(audit, HEALTH).getId())
            .singleResult().getDueDate()).isEqualTo(Instant.parse("2026-12-14T17:00:00Z"));
        assertThat(job(audit, Elements.EXTENDED_DEADLINE_PASSED).getDuedate())
            .isEqualTo(Instant.parse("2026-12-14T17:00:00Z"));

        clockAt("2026-12-14T17:00:01Z");
        fire(audit, Elements.EXTENDED_DEADLINE_PASSED);
        complete(task(Elements.ESCALATE_OVERDUE_RETURNS, audit), Variables.createVariables()
            .putValue(ESCALATION_ACTION.name(), "No reply from the director; raised at the Board")
            .putValue(MODERATE_WITHOUT_MISSING_RETURNS.name(), true));

        assertThat(audit).hasPassed(Elements.RETURNS_CLOSED).isWaitingAt(Elements.MODERATE_AUDIT_FINDINGS)
            .variables().containsEntry(AGENCIES_NOT_REPLIED.name(), HEALTH);
        assertThat(agencyTasks(audit)).as("health's unanswered task is closed").isEmpty();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(audit.getId())
            .taskDefinitionKey(Elements.ESCALATE_OVERDUE_RETURNS).count()).isEqualTo(2);

        moderate(audit);
        complete(task(Elements.CONSIDER_AUDIT_REPORT, audit),
            Variables.createVariables().putValue(REPORT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(audit);
        assertThat(audit).isEnded().hasNotPassed(Elements.EVERY_AGENCY_RETURNED);
    }

    @Test
    @DisplayName("returns that arrive after the extension end the wait: no second escalation")
    void returnsDuringTheExtension() {
        ProcessInstance audit = start(commission());
        fire(audit, Elements.RETURNS_DEADLINE_PASSED);
        complete(task(Elements.ESCALATE_OVERDUE_RETURNS, audit), Variables.createVariables()
            .putValue(ESCALATION_ACTION.name(), "Wrote to both agencies")
            .putValue(MODERATE_WITHOUT_MISSING_RETURNS.name(), false)
            .putValue(EXTENDED_DEADLINE.name(), "2026-11-20"));

        returnAudit(audit, POLICE, "good");
        returnAudit(audit, HEALTH, "good");

        assertThat(audit).isWaitingAt(Elements.MODERATE_AUDIT_FINDINGS).hasPassed(Elements.EVERY_AGENCY_RETURNED);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(audit.getId()).count()).isZero();
    }

    @Test
    @DisplayName("the PQA Sub Group returns the report: the moderation sees why and is due again in 10 working days")
    void returnedReport() {
        ProcessInstance audit = start(commission());
        returnAudit(audit, POLICE, "good");
        returnAudit(audit, HEALTH, "inadequate");
        moderate(audit);

        clockAt("2026-11-16T10:00:00Z");
        complete(task(Elements.CONSIDER_AUDIT_REPORT, audit), Variables.createVariables()
            .putValue(REPORT_ACCEPTED.name(), false)
            .putValue(RETURN_REASONS.name(), "Give every action an owner agency and a date"));

        Task again = task(Elements.MODERATE_AUDIT_FINDINGS, audit);
        assertThat(candidateGroups(again)).containsExactly(Groups.BUSINESS_UNIT);
        // 10 working days from Monday 16 November 2026
        assertThat(again.getDueDate()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(audit).variables().containsEntry(RETURN_REASONS.name(), "Give every action an owner agency and a date");
        moderate(audit);
        assertThat(audit).isWaitingAt(Elements.CONSIDER_AUDIT_REPORT).variables()
            .containsEntry(LAST_RETURN_REASONS.name(), "Give every action an owner agency and a date")
            .doesNotContainKey(RETURN_REASONS.name());

        complete(task(Elements.CONSIDER_AUDIT_REPORT, audit),
            Variables.createVariables().putValue(REPORT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(audit);
        assertThat(audit).isEnded();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(audit.getId())
            .taskDefinitionKey(Elements.MODERATE_AUDIT_FINDINGS).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("a commission without a focus, with a name in the sample, an unknown agency or a past deadline starts nothing")
    void badCommissionIsRefused() {
        long before = casesOf(caseType.processKey());

        assertRefused(() -> start(Variables.createVariables()
            .putValue(CASE_SAMPLE.name(), "CS-2026-0412, J Smith, Smith")
            .putValue(INVOLVED_AGENCIES.name(), "agency-police, agency-fire-service")
            .putValue(AUDIT_DEADLINE.name(), "2026-11-02")), "Please correct: " + InputCheck.labelOf(focus) + " is required; "
                + "The case sample: entry 2 does not look like a case reference (one word with at least one digit, at most "
                + "30 characters); give agency case numbers, never names; "
                + "The case sample: entry 3 does not look like a case reference (one word with at least one digit, at most "
                + "30 characters); give agency case numbers, never names; "
                + "Agencies taking part: 'agency-fire-service' is not a known agency; "
                + "the deadline must be after today (Deadline for the agencies' audits is 02/11/2026).");
        assertRefused(() -> start(commission().putValue(focus.name(), "f".repeat(maxFocus + 1))),
            "Please correct: " + InputCheck.labelOf(focus) + " is " + (maxFocus + 1) + " characters long; at most "
                + maxFocus + " are accepted.");
        assertRefused(() -> start(commission().putValue(CASE_SAMPLE.name(),
                String.join(",", IntStream.rangeClosed(1, 51).mapToObj(i -> "CS-" + i).toList()))),
            "Please correct: The case sample has 51 cases; at most 50 are accepted.");
        assertRefused(() -> start(commission().putValue(CASE_SAMPLE.name(), " , ")
            .putValue(AUDIT_DEADLINE.name(), "30/11/2026")),
            "Please correct: The case sample needs at least one case reference; "
                + "Deadline for the agencies' audits must be a date written yyyy-MM-dd, not '30/11/2026'.");
        assertRefused(() -> start(commission().putValue(CASE_SAMPLE.name(), 42L)),
            "Please correct: The case sample must be a list of case references.");

        assertThat(casesOf(caseType.processKey())).isEqualTo(before);
    }

    @Test
    @DisplayName("an audit return with too many cases, an unknown grading or no learning is refused and not collected")
    void badReturnIsRefused() {
        ProcessInstance audit = start(commission());

        assertRefused(() -> complete(agencyTask(audit, POLICE), Variables.createVariables()
            .putValue(CASES_AUDITED.name(), 4L)
            .putValue(WORKED_WELL.name(), "Quick strategy discussions")
            .putValue(DID_NOT_WORK_WELL.name(), "Late referrals")
            .putValue(GRADING.name(), "excellent")),
            "Please correct: the cases audited must be between 0 and the 3 of the sample (Cases of the sample audited is 4); "
                + "Your agency's learning is required; Grading of your agency's practice in the sample must be outstanding, good, requires-improvement or inadequate.");
        assertRefused(() -> complete(agencyTask(audit, POLICE), Variables.createVariables()),
            "Please correct: Cases of the sample audited is required; What worked well is required; What did not work well is required; "
                + "Your agency's learning is required; Grading of your agency's practice in the sample is required.");

        assertThat(agencyTasks(audit)).hasSize(2);
        assertThat(audit).variables().containsEntry(AUDIT_RETURNS.name(), List.of())
            .containsEntry(AGENCIES_NOT_REPLIED.name(), "agency-police, agency-health");
    }

    @Test
    @DisplayName("the escalation needs what was done, and a new deadline after today unless moderating now")
    void badEscalationIsRefused() {
        ProcessInstance audit = start(commission());
        fire(audit, Elements.RETURNS_DEADLINE_PASSED);
        Task escalation = task(Elements.ESCALATE_OVERDUE_RETURNS, audit);

        assertRefused(() -> complete(escalation, Variables.createVariables()
            .putValue(MODERATE_WITHOUT_MISSING_RETURNS.name(), false)
            .putValue(EXTENDED_DEADLINE.name(), "2026-11-02")), "Please correct: What the PQA chair did is required; "
                + "the extended deadline must be after today (New deadline for the missing returns is 02/11/2026).");
        assertRefused(() -> complete(escalation, Variables.createVariables()
            .putValue(ESCALATION_ACTION.name(), "Wrote to both")),
            "Please correct: Moderate now, without the missing returns is required.");

        assertThat(audit).isWaitingAt(Elements.AUDIT_CASE_SAMPLE, Elements.ESCALATE_OVERDUE_RETURNS).variables()
            .containsEntry(RETURNS_DUE_ON.name(), DEADLINE);
    }

    @Test
    @DisplayName("a moderation in the future or without its parts, a return without reasons, findings without a plan are refused")
    void badModerationAcceptanceAndFindingsAreRefused() {
        ProcessInstance audit = start(commission());
        returnAudit(audit, POLICE, "good");
        returnAudit(audit, HEALTH, "good");

        assertRefused(() -> complete(task(Elements.MODERATE_AUDIT_FINDINGS, audit), Variables.createVariables()
            .putValue(MODERATED_ON.name(), "2026-11-03")
            .putValue(OVERALL_GRADING.name(), "fine")),
            "Please correct: the moderation meeting cannot be in the future (Date of the moderation meeting is 03/11/2026); "
                + "The findings the meeting agreed is required; Overall grading agreed must be outstanding, good, requires-improvement or "
                + "inadequate; Multi-agency action plan is required.");
        moderate(audit);

        assertRefused(() -> complete(task(Elements.CONSIDER_AUDIT_REPORT, audit), Variables.createVariables()
            .putValue(REPORT_ACCEPTED.name(), false)), "Please correct: Reasons for returning it is required.");
        assertRefused(() -> complete(task(Elements.CONSIDER_AUDIT_REPORT, audit), Variables.createVariables()),
            "Please correct: The Sub Group accepts the report is required.");
        complete(task(Elements.CONSIDER_AUDIT_REPORT, audit),
            Variables.createVariables().putValue(REPORT_ACCEPTED.name(), true));

        assertRefused(() -> complete(task(Elements.RECORD_FINDINGS, audit), Variables.createVariables()
            .putValue(ACTION_PLAN.name(), " ")
            .putValue(LearningLoop.FINDINGS.name(), "f".repeat(LearningLoop.MAX_FINDINGS + 1))),
            "Please correct: Multi-agency action plan is required; Key findings is 20001 characters long; at most 20000 are "
                + "accepted.");
        assertThat(audit).isWaitingAt(Elements.RECORD_FINDINGS);
    }

    /** A commission as the start form sends it: text fields. */
    protected VariableMap commission() {
        return Variables.createVariables()
            .putValue(focus.name(), focusValue)
            .putValue(CASE_SAMPLE.name(), " CS-2026-0412, PN/88123 ,HV.5521, ")
            .putValue(INVOLVED_AGENCIES.name(), "agency-police, agency-health")
            .putValue(AUDIT_DEADLINE.name(), DEADLINE);
    }

    protected ProcessInstance start(VariableMap variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(caseType.processKey(), variables);
    }

    protected void returnAudit(ProcessInstance audit, String agency, String grading) {
        complete(agencyTask(audit, agency), Variables.createVariables()
            .putValue(CASES_AUDITED.name(), 2L)
            .putValue(WORKED_WELL.name(), agency + ": quick strategy discussions")
            .putValue(DID_NOT_WORK_WELL.name(), agency + ": chronologies not shared")
            .putValue(GRADING.name(), grading)
            .putValue(AGENCY_LEARNING.name(), agency + ": share chronologies"));
    }

    private static AuditReturn row(String agency, String grading, String label) {
        return new AuditReturn(agency, "2", grading, label, agency + ": quick strategy discussions",
            agency + ": chronologies not shared", agency + ": share chronologies");
    }

    protected void moderate(ProcessInstance audit) {
        complete(task(Elements.MODERATE_AUDIT_FINDINGS, audit), Variables.createVariables()
            .putValue(MODERATED_ON.name(), "2026-11-02")
            .putValue(MODERATED_FINDINGS.name(), "Chronologies are not shared between agencies")
            .putValue(OVERALL_GRADING.name(), "requires-improvement")
            .putValue(ACTION_PLAN.name(), "Health: a neglect screening tool by March 2027"));
    }

    protected void recordFindingsAndHandOver(ProcessInstance audit) {
        recordFindingsAndHandOver(audit, Groups.PQA_SUBGROUP, Variables.createVariables()
            .putValue(ACTION_PLAN.name(), "Health: a neglect screening tool by March 2027 (owner: agency-health)")
            .putValue(LearningLoop.FINDINGS.name(), "Neglect is seen late where no agency holds the whole picture"));
    }

    protected List<Task> agencyTasks(ProcessInstance audit) {
        return engine.getTaskService().createTaskQuery().processInstanceId(audit.getId())
            .taskDefinitionKey(Elements.AUDIT_CASE_SAMPLE).list();
    }

    protected Task agencyTask(ProcessInstance audit, String agency) {
        return engine.getTaskService().createTaskQuery().processInstanceId(audit.getId())
            .taskDefinitionKey(Elements.AUDIT_CASE_SAMPLE).taskCandidateGroup(agency).singleResult();
    }

    private List<AuditReturn> auditReturns(ProcessInstance audit) {
        return AUDIT_RETURNS.from(engine.getRuntimeService().getVariables(audit.getId()));
    }
}
