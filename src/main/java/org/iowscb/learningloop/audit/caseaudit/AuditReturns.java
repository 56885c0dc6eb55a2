package org.iowscb.learningloop.audit.caseaudit;

import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AGENCIES_NOT_REPLIED;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AGENCY;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AGENCY_LEARNING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AUDIT_RETURNS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CASES_AUDITED;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.DID_NOT_WORK_WELL;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.GRADING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.WORKED_WELL;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.process.AgencyReturns;
import org.iowscb.learningloop.audit.caseaudit.CaseAudit.AuditReturn;

/**
 * The agencies' audit returns, kept together on the process instance for the moderation
 * meeting as the JSON list {@code auditReturns} (one row per agency, shown as a table), and the
 * agencies still awaited ({@code agenciesNotReplied}), which the chasing and escalation forms
 * show. Each agency's own task keeps its fields local, so parallel agencies never overwrite each
 * other. Read without deserializing, so no Java type is bound to the stored JSON.
 */
final class AuditReturns {

    private AuditReturns() {
    }

    /** No return yet: every agency taking part is awaited. */
    static void start(VariableScope processInstance) {
        AUDIT_RETURNS.set(processInstance, List.of());
        AGENCIES_NOT_REPLIED.set(processInstance, String.join(", ", INVOLVED_AGENCIES.from(processInstance)));
    }

    /**
     * Keeps the return of the agency whose task this is until the moderation (an agency with a
     * task open may read the case's variables, so no return is a process variable before then);
     * updates who is still awaited.
     */
    static void collect(DelegateTask task, AgencyReturns returns) {
        String agency = AGENCY.requiredFrom(task);
        String grading = GRADING.requiredFrom(task);
        AuditReturn row = new AuditReturn(agency, String.valueOf(CASES_AUDITED.requiredFrom(task)), grading,
            AuditGrading.of(grading).map(AuditGrading::label).orElse(grading), WORKED_WELL.requiredFrom(task),
            DID_NOT_WORK_WELL.requiredFrom(task), AGENCY_LEARNING.requiredFrom(task));
        returns.record(task.getExecution().getProcessBusinessKey(), agency, row);

        VariableScope processInstance = task.getExecution().getProcessInstance();
        List<String> replied = returns.latestPerAgency(task.getExecution().getProcessBusinessKey()).stream()
            .map(r -> r.get(AgencyReturns.AGENCY)).toList();
        AGENCIES_NOT_REPLIED.set(processInstance, String.join(", ", INVOLVED_AGENCIES.from(processInstance).stream()
            .filter(involved -> !replied.contains(involved)).toList()));
    }

    /** When the moderation's task is created: every agency's latest return, in the order given. */
    static void show(DelegateTask task, AgencyReturns returns) {
        returns.showLatest(task, AUDIT_RETURNS.name());
    }
}
