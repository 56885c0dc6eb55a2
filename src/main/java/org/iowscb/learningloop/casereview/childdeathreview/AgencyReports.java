package org.iowscb.learningloop.casereview.childdeathreview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.iowscb.learningloop.platform.process.AgencyReturns;
import org.iowscb.learningloop.platform.process.JsonValue;

/**
 * The information every agency gave, shown together to the panel as the JSON list
 * {@code agencyReports}: one {agency, involvement, concerns, abuseOrNeglectSuspected} per agency,
 * which the panel's form shows as a table. Read without deserializing, so no Java type is bound
 * to the stored JSON.
 */
final class AgencyReports {

    /** One agency's information. */
    record Report(String agency, String involvement, String concerns, boolean abuseOrNeglectSuspected) {

        Map<String, String> toMap() {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("agency", agency);
            row.put("involvement", involvement);
            row.put("concerns", concerns);
            row.put("abuseOrNeglectSuspected", abuseOrNeglectSuspected ? "Yes" : "No");
            return row;
        }
    }

    private AgencyReports() {
    }

    /** An empty list, set when the review starts. */
    static void start(VariableScope processInstance) {
        processInstance.setVariable(ChildDeathReview.AGENCY_REPORTS, JsonValue.of(List.of()));
    }

    /**
     * Keeps one agency's report until the panel's task: an agency with a task open may read the
     * case's variables, so no report is a process variable while agencies are still answering.
     */
    static void add(AgencyReturns returns, DelegateTask task, Report report) {
        returns.record(task.getExecution().getProcessBusinessKey(), report.agency(), report.toMap());
    }

    /** When the panel's task is created: every agency's latest report, in the order given. */
    static void show(AgencyReturns returns, DelegateTask task) {
        returns.showLatest(task, ChildDeathReview.AGENCY_REPORTS);
    }

    /** The reports in their stored JSON form. */
    static List<Map<String, String>> parse(String json) {
        if (json == null) {
            return List.of();
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (SpinJsonNode element : Spin.JSON(json).elements()) {
            Map<String, String> row = new LinkedHashMap<>();
            element.fieldNames().forEach(field -> {
                SpinJsonNode value = element.prop(field);
                row.put(field, value.isString() ? value.stringValue() : value.toString());
            });
            rows.add(row);
        }
        return rows;
    }
}
