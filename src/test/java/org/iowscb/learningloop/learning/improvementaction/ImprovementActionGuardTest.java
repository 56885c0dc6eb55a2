package org.iowscb.learningloop.learning.improvementaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_DESCRIPTION;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.CHASE_NOTE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_CHANGE_REASON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_DATE_CHANGES;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_ON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE_ACCEPTED;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE_CHECK;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MONITORING_GROUP;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.NEW_DATE_AGREED;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.NEW_DUE_ON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.OWNER_GROUP;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction.Elements;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input is refused with a sentence that says what to correct, and leaves nothing behind: no
 * case, no register entry, no register change.
 */
@FixedClock(FixedClock.MONDAY_2_NOVEMBER_2026)
class ImprovementActionGuardTest extends ProcessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("a due date not in the future, an unknown owner or sub-group, no description: refused, no case, no register entry")
    void badStartIsRefused() {
        long cases = casesOf(ImprovementAction.KEY);
        long registered = countRegistered();

        assertRefused(() -> start(Variables.createVariables()
            .putValue(ACTION_DESCRIPTION.name(), "Refer every call-out the same day")
            .putValue(OWNER_GROUP.name(), "agency-police")
            .putValue(DUE_ON.name(), "2026-11-02")
            .putValue(MONITORING_GROUP.name(), Groups.PQA_SUBGROUP)),
            "Please correct: the due date must be in the future (Due date is 02/11/2026).");
        assertRefused(() -> start(Variables.createVariables()
            .putValue(OWNER_GROUP.name(), " agency-fire-service ")
            .putValue(DUE_ON.name(), "4 December")
            .putValue(MONITORING_GROUP.name(), "pqa-subgroup,agency-police")),
            "Please correct: What is to be done is required; "
                + "Due date must be a date written yyyy-MM-dd, not '4 December'; "
                + "Monitored by: 'agency-police' is not a known monitoring sub-group; "
                + "Owner: 'agency-fire-service' is not a known group.");
        assertRefused(() -> start(Variables.createVariables()
            .putValue(ACTION_DESCRIPTION.name(), "d".repeat(ImprovementAction.MAX_DESCRIPTION + 1))
            .putValue(OWNER_GROUP.name(), Groups.CAMUNDA_ADMIN)
            .putValue(DUE_ON.name(), "2026-12-04")),
            "Please correct: What is to be done is 1001 characters long; at most 1000 are accepted; "
                + "Monitored by needs at least one monitoring sub-group; "
                + "Owner: 'camunda-admin' is not a known group.");

        assertThat(casesOf(ImprovementAction.KEY)).isEqualTo(cases);
        assertThat(countRegistered()).isEqualTo(registered);
    }

    @Test
    @DisplayName("a role group or a school may own an action; a business key that is not an ACT reference gets one")
    void roleGroupsOwnActionsToo() {
        // a reference no other test's case takes: a second root case may not carry one already in use
        ProcessInstance action = engine.getRuntimeService().startProcessInstanceByKey(ImprovementAction.KEY,
            "SCR-2026-9007", Variables.createVariables()
                .putValue(ACTION_DESCRIPTION.name(), "Add the new referral route to multi-agency training")
                .putValue(OWNER_GROUP.name(), Groups.WORKFORCE_DEVELOPMENT)
                .putValue(DUE_ON.name(), "2026-12-04")
                .putValue(MONITORING_GROUP.name(), Groups.SCR_SUBGROUP));

        String reference = (String) engine.getRuntimeService().getVariable(action.getId(), ACTION_REFERENCE.name());
        assertThat(reference).matches("ACT-2026-\\d{4}");
        assertThat(register(reference)).containsEntry("cycle_reference", "SCR-2026-9007")
            .containsEntry("owner_group", Groups.WORKFORCE_DEVELOPMENT);
    }

    @Test
    @DisplayName("\"done\" is not evidence: refused with what to say instead, and the register keeps no evidence")
    void doneIsNotEvidence() {
        ProcessInstance action = started();
        String reference = reference(action);
        Task give = task(Elements.GIVE_EVIDENCE, action);

        for (String done : new String[] {"done", "Completed.", "This action has now been fully completed."}) {
            assertRefused(() -> complete(give, Variables.createVariables().putValue(EVIDENCE.name(), done)),
                "Please correct: " + ImprovementActionGuards.EVIDENCE_SAYS_DONE + ".");
        }
        assertRefused(() -> complete(give, Variables.createVariables()
            .putValue(EVIDENCE_CHECK.name(), "c".repeat(ImprovementAction.MAX_TEXT + 1))),
            "Please correct: What changed in practice is required; How the change was checked is 20001 characters long; at most 20000 "
                + "are accepted.");

        assertThat(action).isWaitingAt(Elements.GIVE_EVIDENCE).variables().doesNotContainKey(EVIDENCE.name());
        assertThat(register(reference)).containsEntry("state", "OPEN").containsEntry("evidence", null);
    }

    @Test
    @DisplayName("an overdue action: a new date must be in the future and have a reason, a chase a note; nothing moves otherwise")
    void overdueDecisionIsChecked() {
        ProcessInstance action = started();
        String reference = reference(action);
        clockAt("2026-12-07T09:00:00Z");
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
            .processInstanceId(action.getId()).activityId(Elements.ACTION_OVERDUE).singleResult().getId());
        Task overdue = task(Elements.DEAL_WITH_OVERDUE_ACTION, action);

        assertRefused(() -> complete(overdue, Variables.createVariables()
            .putValue(NEW_DATE_AGREED.name(), true)
            .putValue(NEW_DUE_ON.name(), "2026-12-07")),
            "Please correct: the new due date must be in the future (New due date is 07/12/2026); "
                + "Why the date moves is required.");
        assertRefused(() -> complete(overdue, Variables.createVariables().putValue(NEW_DATE_AGREED.name(), false)),
            "Please correct: Whom you chased, how, and what they said is required.");
        assertRefused(() -> complete(overdue, Variables.createVariables()
            .putValue(CHASE_NOTE.name(), "Phoned")), "Please correct: A new due date is agreed is required.");
        assertRefused(() -> complete(overdue, Variables.createVariables()
            .putValue(NEW_DATE_AGREED.name(), true)
            .putValue(NEW_DUE_ON.name(), "2027-01-15")
            .putValue(DUE_CHANGE_REASON.name(), "r".repeat(ImprovementAction.MAX_REASON + 1))),
            "Please correct: Why the date moves is 1001 characters long; at most 1000 are accepted.");

        assertThat(action).isWaitingAt(Elements.GIVE_EVIDENCE, Elements.DEAL_WITH_OVERDUE_ACTION).variables()
            .containsEntry(DUE_ON.name(), "2026-12-04").doesNotContainKey(DUE_DATE_CHANGES.name());
        assertThat(register(reference)).containsEntry("state", "OVERDUE");
        assertThat(String.valueOf(register(reference).get("due_on"))).isEqualTo("2026-12-04");
        assertThat(jdbc.queryForObject("select count(*) from ll_action_due_change where action_reference = ?",
            Long.class, reference)).isZero();
    }

    @Test
    @DisplayName("evidence returned without reasons is refused: the register does not show it returned or completed")
    void returnNeedsReasons() {
        ProcessInstance action = started();
        String reference = reference(action);
        complete(task(Elements.GIVE_EVIDENCE, action), Variables.createVariables().putValue(EVIDENCE.name(),
            "Every call-out is now referred to the MASH the same day"));

        Task consider = task(Elements.CONSIDER_EVIDENCE, action);
        assertRefused(() -> complete(consider, Variables.createVariables().putValue(EVIDENCE_ACCEPTED.name(), false)),
            "Please correct: Reasons for returning it is required.");
        assertRefused(() -> complete(consider, Variables.createVariables()),
            "Please correct: The evidence shows that practice changed: the action is completed is required.");

        assertThat(action).isWaitingAt(Elements.CONSIDER_EVIDENCE);
        assertThat(register(reference)).containsEntry("state", "EVIDENCE_GIVEN").containsEntry("completed_on", null);
    }

    private ProcessInstance started() {
        return start(Variables.createVariables()
            .putValue(ACTION_DESCRIPTION.name(), "Police refer every domestic abuse call-out to the MASH the same day")
            .putValue(OWNER_GROUP.name(), "agency-police")
            .putValue(DUE_ON.name(), "2026-12-04")
            .putValue(MONITORING_GROUP.name(), Groups.PQA_SUBGROUP));
    }

    private ProcessInstance start(VariableMap variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(ImprovementAction.KEY, variables);
    }

    private String reference(ProcessInstance action) {
        return (String) engine.getRuntimeService().getVariable(action.getId(), ACTION_REFERENCE.name());
    }

    private Map<String, Object> register(String reference) {
        return jdbc.queryForMap("select * from ll_action where action_reference = ?", reference);
    }

    private long countRegistered() {
        return jdbc.queryForObject("select count(*) from ll_action", Long.class);
    }
}
