package org.iowscb.learningloop.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.RETRY_JOB;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.springframework.stereotype.Component;

/**
 * The Board's role groups and what each may do. Seeded in every profile: this is the identity
 * model, not demo data. Tasks need no grant here: the engine lets a task's candidate group (and
 * assignee) see and work that task and nothing else, so an agency or a school sees only its own
 * work.
 */
@Component
class RoleModel {

    /** Who besides the business unit may start each process (in Tasklist or over REST). */
    static final Map<CaseType, List<String>> STARTERS = Map.ofEntries(
        Map.entry(CaseType.FRAMEWORK_ANNUAL_REVIEW, List.of(Groups.SCR_SUBGROUP)),
        Map.entry(CaseType.CASE_REVIEW_REFERRAL, List.of(Groups.SCR_SUBGROUP)),
        // the local authority holds the duty to notify (Children Act 2004, s.16C)
        Map.entry(CaseType.SERIOUS_INCIDENT_NOTIFICATION, List.of(Groups.SCR_SUBGROUP, Groups.CHILDRENS_SERVICES)),
        Map.entry(CaseType.RAPID_REVIEW, List.of(Groups.SCR_SUBGROUP)),
        Map.entry(CaseType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW, List.of(Groups.SCR_SUBGROUP)),
        Map.entry(CaseType.SERIOUS_CASE_REVIEW, List.of(Groups.SCR_SUBGROUP)),
        Map.entry(CaseType.MULTI_AGENCY_CASE_REVIEW, List.of(Groups.SCR_SUBGROUP)),
        Map.entry(CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, List.of(Groups.SCR_SUBGROUP)),
        Map.entry(CaseType.CHILD_DEATH_REVIEW, List.of(Groups.CDOP)),
        Map.entry(CaseType.CHILD_DEATH_REVIEW_2018, List.of(Groups.CDOP)),
        Map.entry(CaseType.NATIONAL_LEARNING_REVIEW, List.of(Groups.SCR_SUBGROUP)),
        Map.entry(CaseType.THEMATIC_CASE_AUDIT, List.of(Groups.PQA_SUBGROUP)),
        Map.entry(CaseType.MULTI_AGENCY_CASE_AUDIT, List.of(Groups.PQA_SUBGROUP)),
        Map.entry(CaseType.SINGLE_AGENCY_AUDIT, List.of(Groups.PQA_SUBGROUP)),
        Map.entry(CaseType.SECTION_11_AUDIT, List.of(Groups.PQA_SUBGROUP)),
        Map.entry(CaseType.SECTION_175_AUDIT, List.of(Groups.PQA_SUBGROUP, Groups.EDUCATION_SUBGROUP)),
        Map.entry(CaseType.LEARNING_CYCLE, List.of(Groups.SCR_SUBGROUP)),
        Map.entry(CaseType.IMPROVEMENT_ACTION, List.of(Groups.SCR_SUBGROUP, Groups.PQA_SUBGROUP, Groups.EDUCATION_SUBGROUP)));

    private final IdentityWriter writer;

    RoleModel(IdentityWriter writer) {
        this.writer = writer;
    }

    void seed() {
        Groups.ROLE_GROUPS.forEach(g -> writer.ensureGroup(g.id(), g.name(), g.type()));

        for (Resources resource : Resources.values()) {
            writer.ensureGroupGrant(Groups.CAMUNDA_ADMIN, resource, ANY, ALL);
        }

        // every signed-in person works tasks in Tasklist, reads the models behind their tasks and
        // sees group names on a task
        writer.ensureGlobalGrant(APPLICATION, "tasklist", ACCESS);
        writer.ensureGlobalGrant(PROCESS_DEFINITION, ANY, READ);
        writer.ensureGlobalGrant(GROUP, ANY, READ);

        // the Board: Cockpit over every case and its open tasks, read-only (no cancel, no variable
        // change, no claiming another group's task)
        writer.ensureGroupGrant(Groups.BOARD, APPLICATION, "cockpit", ACCESS);
        writer.ensureGroupGrant(Groups.BOARD, PROCESS_DEFINITION, ANY, READ, READ_HISTORY, READ_INSTANCE, READ_TASK);
        writer.ensureGroupGrant(Groups.BOARD, PROCESS_INSTANCE, ANY, READ);
        writer.ensureGroupGrant(Groups.BOARD, DECISION_DEFINITION, ANY, READ, Permissions.READ_HISTORY);
        writer.ensureGroupGrant(Groups.BOARD, DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
        writer.ensureGroupGrant(Groups.BOARD, DEPLOYMENT, ANY, READ);

        // the business unit: starts every process, follows every case and task, retries failures
        writer.ensureGroupGrant(Groups.BUSINESS_UNIT, APPLICATION, "cockpit", ACCESS);
        writer.ensureGroupGrant(Groups.BUSINESS_UNIT, PROCESS_DEFINITION, ANY,
            READ, READ_HISTORY, READ_INSTANCE, READ_TASK, CREATE_INSTANCE, RETRY_JOB);
        writer.ensureGroupGrant(Groups.BUSINESS_UNIT, PROCESS_INSTANCE, ANY, READ, CREATE);
        writer.ensureGroupGrant(Groups.BUSINESS_UNIT, DECISION_DEFINITION, ANY,
            READ, Permissions.READ_HISTORY, Permissions.CREATE_INSTANCE);
        writer.ensureGroupGrant(Groups.BUSINESS_UNIT, DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
        writer.ensureGroupGrant(Groups.BUSINESS_UNIT, DEPLOYMENT, ANY, READ);
        // the business unit hands a task to a member of its group (assign, delegate, add a
        // candidate); TaskHandoverRules decides to whom. Chairs get the same through ChairGrants.
        writer.ensureGroupGrant(Groups.BUSINESS_UNIT, Resources.TASK, ANY, TaskPermissions.TASK_ASSIGN);

        STARTERS.forEach((type, groups) -> groups.forEach(group -> {
            writer.ensureGroupGrant(group, PROCESS_DEFINITION, type.processKey(), READ, CREATE_INSTANCE);
            writer.ensureGroupGrant(group, PROCESS_INSTANCE, ANY, CREATE);
        }));
    }
}
