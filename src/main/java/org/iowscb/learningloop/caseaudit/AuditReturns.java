package org.iowscb.learningloop.caseaudit;

import static org.iowscb.learningloop.caseaudit.CaseAudit.AGENCIES_NOT_REPLIED;
import static org.iowscb.learningloop.caseaudit.CaseAudit.AGENCY;
import static org.iowscb.learningloop.caseaudit.CaseAudit.AGENCY_LEARNING;
import static org.iowscb.learningloop.caseaudit.CaseAudit.AUDIT_RETURNS;
import static org.iowscb.learningloop.caseaudit.CaseAudit.CASES_AUDITED;
import static org.iowscb.learningloop.caseaudit.CaseAudit.DID_NOT_WORK_WELL;
import static org.iowscb.learningloop.caseaudit.CaseAudit.GRADING;
import static org.iowscb.learningloop.caseaudit.CaseAudit.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.caseaudit.CaseAudit.WORKED_WELL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

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
        processInstance.setVariable(AUDIT_RETURNS, json(List.of()));
        AGENCIES_NOT_REPLIED.set(processInstance, String.join(", ", INVOLVED_AGENCIES.from(processInstance)));
    }

    /** Adds (or replaces) the return of the agency whose task this is; updates who is still awaited. */
    static void collect(DelegateTask task) {
        String agency = AGENCY.requiredFrom(task);
        String grading = GRADING.requiredFrom(task);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("agency", agency);
        row.put(CASES_AUDITED.name(), String.valueOf(CASES_AUDITED.requiredFrom(task)));
        row.put(GRADING.name(), grading);
        row.put("gradingLabel", AuditGrading.of(grading).map(AuditGrading::label).orElse(grading));
        row.put(WORKED_WELL.name(), WORKED_WELL.requiredFrom(task));
        row.put(DID_NOT_WORK_WELL.name(), DID_NOT_WORK_WELL.requiredFrom(task));
        row.put(AGENCY_LEARNING.name(), AGENCY_LEARNING.requiredFrom(task));

        VariableScope processInstance = task.getExecution().getProcessInstance();
        List<Map<String, String>> rows = new ArrayList<>(rows(processInstance));
        rows.removeIf(existing -> agency.equals(existing.get("agency")));
        rows.add(row);
        processInstance.setVariable(AUDIT_RETURNS, json(rows));

        List<String> replied = rows.stream().map(r -> r.get("agency")).toList();
        AGENCIES_NOT_REPLIED.set(processInstance, String.join(", ", INVOLVED_AGENCIES.from(processInstance).stream()
            .filter(involved -> !replied.contains(involved)).toList()));
    }

    /** The returns so far, in the order the agencies gave them. */
    static List<Map<String, String>> rows(VariableScope scope) {
        ObjectValue stored = scope.getVariableTyped(AUDIT_RETURNS, false);
        List<Map<String, String>> rows = new ArrayList<>();
        if (stored == null || stored.getValueSerialized() == null) {
            return rows;
        }
        for (SpinJsonNode element : Spin.JSON(stored.getValueSerialized()).elements()) {
            Map<String, String> row = new LinkedHashMap<>();
            element.fieldNames().forEach(field -> row.put(field, element.prop(field).stringValue()));
            rows.add(row);
        }
        return rows;
    }

    private static ObjectValue json(List<Map<String, String>> rows) {
        List<LinkedHashMap<String, String>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new LinkedHashMap<>(row)));
        return Variables.objectValue(copy).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
