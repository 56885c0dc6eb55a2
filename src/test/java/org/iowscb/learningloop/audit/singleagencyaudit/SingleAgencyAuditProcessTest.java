package org.iowscb.learningloop.audit.singleagencyaudit;

import static org.iowscb.learningloop.support.DemoUsers.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.ACTION_PLAN;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AGENCY_LEARNING;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDITING_AGENCY;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_ACCEPTED;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_DEADLINE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_DUE_ON;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_FOCUS;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.CASES_AUDITED;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.CASE_SAMPLE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.CHALLENGE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.CHASE_NOTE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.DID_NOT_WORK_WELL;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.GRADING;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.LAST_CHALLENGE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.SAMPLE_SIZE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.WORKED_WELL;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.Elements;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@FixedClock(FixedClock.MONDAY_2_NOVEMBER_2026)
class SingleAgencyAuditProcessTest extends ProcessTest {

    static final String DEADLINE = "2026-11-30";

    @Test
    @DisplayName("commissioned in Tasklist: its own AUD reference, the agency's task due on the deadline")
    void commissioned() {
        ProcessInstance audit = start(commission());

        assertThat(audit.getBusinessKey()).matches("AUD-2026-\\d{4}");
        assertThat(audit).isWaitingAt(Elements.AUDIT_OWN_PRACTICE).variables()
            .containsEntry(AUDITING_AGENCY.name(), HEALTH)
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(HEALTH))
            .containsEntry(CASE_SAMPLE.name(), "HV-2026-101, HV-2026-102")
            .containsEntry(SAMPLE_SIZE.name(), 2L)
            .containsEntry(AUDIT_DUE_ON.name(), DEADLINE)
            .doesNotContainKey(CaseVariables.SOURCE_REFERENCE.name());
        Task agencyAudit = task(Elements.AUDIT_OWN_PRACTICE, audit);
        assertThat(candidateGroups(agencyAudit)).containsExactly(HEALTH);
        assertThat(agencyAudit.getDueDate()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(job(audit, Elements.AUDIT_OVERDUE).getDuedate()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
    }

    @Test
    @DisplayName("started from another case: the source reference is kept")
    void startedFromAnotherCase() {
        String reference = starter.start(CaseType.SINGLE_AGENCY_AUDIT, "LRN-2026-0003", Map.of(
            AUDITING_AGENCY.name(), HEALTH,
            AUDIT_FOCUS.name(), "Health visitors' records of home conditions",
            CASE_SAMPLE.name(), List.of("HV-2026-201"),
            AUDIT_DEADLINE.name(), DEADLINE));

        assertThat(byReference(reference)).isWaitingAt(Elements.AUDIT_OWN_PRACTICE).variables()
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), "LRN-2026-0003")
            .containsEntry(CASE_SAMPLE.name(), "HV-2026-201");
    }

    @Test
    @DisplayName("happy path - the agency audits, the PQA Sub Group accepts, the findings go to the learning loop")
    void acceptedAudit() {
        ProcessInstance audit = start(commission());
        auditOwnPractice(audit, "Records of home conditions kept");

        Task consider = task(Elements.CONSIDER_AGENCY_AUDIT, audit);
        assertThat(candidateGroups(consider)).containsExactly(Groups.PQA_SUBGROUP);
        // 15 working days from Monday 2 November 2026
        assertThat(consider.getDueDate()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        complete(consider, Variables.createVariables().putValue(AUDIT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(audit);

        assertThat(audit).isEnded().hasPassed(Elements.AUDIT_COMPLETED)
            .hasNotPassed(Elements.CHASE_OVERDUE_AUDIT);
        assertThat(handovers.find(audit.getBusinessKey())).hasValueSatisfying(handover -> {
            assertThat(handover.sourceType()).isEqualTo(SingleAgencyAudit.KEY);
            assertThat(handover.findings()).isEqualTo("Home conditions are recorded but not acted on");
        });
    }

    @Test
    @DisplayName("the PQA Sub Group challenges: the agency answers within 10 working days, the challenge on its form")
    void challengedAudit() {
        ProcessInstance audit = start(commission());
        auditOwnPractice(audit, "Version 1");
        clockAt("2026-11-16T10:00:00Z");
        complete(task(Elements.CONSIDER_AGENCY_AUDIT, audit), Variables.createVariables()
            .putValue(AUDIT_ACCEPTED.name(), false)
            .putValue(CHALLENGE.name(), "The grading does not match what did not work well"));

        Task again = task(Elements.AUDIT_OWN_PRACTICE, audit);
        assertThat(candidateGroups(again)).containsExactly(HEALTH);
        // 10 working days from Monday 16 November 2026
        assertThat(again.getDueDate()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(audit).variables()
            .containsEntry(CHALLENGE.name(), "The grading does not match what did not work well")
            .containsEntry(AUDIT_DUE_ON.name(), "2026-11-30")
            .containsEntry(WORKED_WELL.name(), "Version 1");
        auditOwnPractice(audit, "Version 2");

        assertThat(audit).isWaitingAt(Elements.CONSIDER_AGENCY_AUDIT).variables()
            .containsEntry(LAST_CHALLENGE.name(), "The grading does not match what did not work well")
            .containsEntry(WORKED_WELL.name(), "Version 2")
            .doesNotContainKey(CHALLENGE.name());
        complete(task(Elements.CONSIDER_AGENCY_AUDIT, audit),
            Variables.createVariables().putValue(AUDIT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(audit);

        assertThat(audit).isEnded();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(audit.getId())
            .taskDefinitionKey(Elements.AUDIT_OWN_PRACTICE).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("the due date passes: the business unit chases the agency while the audit carries on")
    void overdueAuditIsChased() {
        ProcessInstance audit = start(commission());
        clockAt("2026-11-30T17:00:01Z");
        fire(audit, Elements.AUDIT_OVERDUE);

        Task chase = task(Elements.CHASE_OVERDUE_AUDIT, audit);
        assertThat(candidateGroups(chase)).containsExactly(Groups.BUSINESS_UNIT);
        // 2 working days from Monday 30 November 2026
        assertThat(chase.getDueDate()).isEqualTo(Instant.parse("2026-12-02T17:00:00Z"));
        assertThat(audit).isWaitingAt(Elements.AUDIT_OWN_PRACTICE, Elements.CHASE_OVERDUE_AUDIT);
        complete(chase, Variables.createVariables().putValue(CHASE_NOTE.name(), "Phoned the named nurse's manager"));
        assertThat(audit).hasPassed(Elements.OVERDUE_AUDIT_CHASED).isWaitingAt(Elements.AUDIT_OWN_PRACTICE);

        auditOwnPractice(audit, "Late but complete");
        complete(task(Elements.CONSIDER_AGENCY_AUDIT, audit),
            Variables.createVariables().putValue(AUDIT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(audit);
        assertThat(audit).isEnded();
    }

    @Test
    @DisplayName("an audit that ends closes a chase still open: it is about an audit that is done")
    void completionClosesAnOpenChase() {
        ProcessInstance audit = start(commission());
        fire(audit, Elements.AUDIT_OVERDUE);
        auditOwnPractice(audit, "Done");
        complete(task(Elements.CONSIDER_AGENCY_AUDIT, audit),
            Variables.createVariables().putValue(AUDIT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(audit);

        assertThat(audit).isEnded().hasPassed(Elements.AUDIT_COMPLETED).hasNotPassed(Elements.OVERDUE_AUDIT_CHASED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(audit.getId()).count()).isZero();
    }

    @Test
    @DisplayName("a commission without focus, for an unknown agency, with a name in the sample or a past deadline starts nothing")
    void badCommissionIsRefused() {
        long before = casesOf(SingleAgencyAudit.KEY);

        assertRefused(() -> start(Variables.createVariables()
            .putValue(AUDITING_AGENCY.name(), "agency-fire-service")
            .putValue(CASE_SAMPLE.name(), "HV-2026-101, Jones")
            .putValue(AUDIT_DEADLINE.name(), "2026-11-02")), "Please correct: The agency that audits its own practice: 'agency-fire-service' is not a known agency; "
                + "The practice audited is required; "
                + "The case sample: entry 2 does not look like a case reference (one word with at least one digit, at most "
                + "30 characters); give agency case numbers, never names; "
                + "the deadline must be after today (Deadline for the agencies' audits is 02/11/2026).");
        assertRefused(() -> start(commission().putValue(AUDITING_AGENCY.name(), " ")
            .putValue(CASE_SAMPLE.name(), "school-a-2026-1".repeat(3))),
            "Please correct: The agency that audits its own practice is required; The case sample: entry 1 does not look like a case "
                + "reference (one word with at least one digit, at most 30 characters); give agency case numbers, "
                + "never names.");

        assertThat(casesOf(SingleAgencyAudit.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("an audit without its action plan or with an unknown grading is refused; a challenge needs its text")
    void badAuditAndChallengeAreRefused() {
        ProcessInstance audit = start(commission());

        assertRefused(() -> complete(task(Elements.AUDIT_OWN_PRACTICE, audit), Variables.createVariables()
            .putValue(CASES_AUDITED.name(), 3L)
            .putValue(WORKED_WELL.name(), "Records kept")
            .putValue(DID_NOT_WORK_WELL.name(), "Not acted on")
            .putValue(GRADING.name(), "Good")
            .putValue(AGENCY_LEARNING.name(), "Act on what is recorded")),
            "Please correct: the cases audited must be between 0 and the 2 of the sample (Cases of the sample audited is 3); "
                + "Grading of your agency's practice in the sample must be outstanding, good, requires-improvement or inadequate; Multi-agency action plan is required.");
        assertThat(audit).isWaitingAt(Elements.AUDIT_OWN_PRACTICE).variables().doesNotContainKey(WORKED_WELL.name());

        auditOwnPractice(audit, "Records kept");
        assertRefused(() -> complete(task(Elements.CONSIDER_AGENCY_AUDIT, audit), Variables.createVariables()
            .putValue(AUDIT_ACCEPTED.name(), false)), "Please correct: Your challenge is required.");
        complete(task(Elements.CONSIDER_AGENCY_AUDIT, audit),
            Variables.createVariables().putValue(AUDIT_ACCEPTED.name(), true));
        assertRefused(() -> complete(task(Elements.RECORD_FINDINGS, audit), Variables.createVariables()),
            "Please correct: Key findings is required.");
        assertRefused(() -> complete(task(Elements.CHASE_OVERDUE_AUDIT, startAndFireOverdue()),
            Variables.createVariables()), "Please correct: Whom you chased, how, and what they said is required.");
    }

    private ProcessInstance startAndFireOverdue() {
        ProcessInstance audit = start(commission());
        fire(audit, Elements.AUDIT_OVERDUE);
        return audit;
    }

    private VariableMap commission() {
        return Variables.createVariables()
            .putValue(AUDITING_AGENCY.name(), " agency-health ")
            .putValue(AUDIT_FOCUS.name(), "Health visitors' records of home conditions")
            .putValue(CASE_SAMPLE.name(), "HV-2026-101,HV-2026-102")
            .putValue(AUDIT_DEADLINE.name(), DEADLINE);
    }

    private void auditOwnPractice(ProcessInstance audit, String workedWell) {
        complete(task(Elements.AUDIT_OWN_PRACTICE, audit), Variables.createVariables()
            .putValue(CASES_AUDITED.name(), 2L)
            .putValue(WORKED_WELL.name(), workedWell)
            .putValue(DID_NOT_WORK_WELL.name(), "Concerns recorded, not referred")
            .putValue(GRADING.name(), "requires-improvement")
            .putValue(AGENCY_LEARNING.name(), "Act on what is recorded")
            .putValue(ACTION_PLAN.name(), "Supervision audit of home-conditions entries by March 2027"));
    }

    private void recordFindingsAndHandOver(ProcessInstance audit) {
        recordFindingsAndHandOver(audit, Groups.PQA_SUBGROUP, Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "Home conditions are recorded but not acted on"));
    }

    private ProcessInstance start(VariableMap variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(SingleAgencyAudit.KEY, variables);
    }
}
