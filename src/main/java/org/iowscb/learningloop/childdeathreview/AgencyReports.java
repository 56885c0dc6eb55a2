package org.iowscb.learningloop.childdeathreview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The information every agency gave, kept together for the panel as the JSON list
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
        processInstance.setVariable(ChildDeathReview.AGENCY_REPORTS, json(List.of()));
    }

    /** Adds one agency's report, replacing an earlier one of the same agency. */
    static void add(VariableScope processInstance, Report report) {
        List<Map<String, String>> rows = new ArrayList<>(rows(processInstance));
        rows.removeIf(row -> report.agency().equals(row.get("agency")));
        rows.add(report.toMap());
        processInstance.setVariable(ChildDeathReview.AGENCY_REPORTS, json(rows));
    }

    /** The reports so far, in the order the agencies gave them. */
    static List<Map<String, String>> rows(VariableScope scope) {
        ObjectValue stored = scope.getVariableTyped(ChildDeathReview.AGENCY_REPORTS, false);
        return stored == null ? List.of() : parse(stored.getValueSerialized());
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

    private static ObjectValue json(List<Map<String, String>> rows) {
        List<LinkedHashMap<String, String>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new LinkedHashMap<>(row)));
        return Variables.objectValue(copy).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
