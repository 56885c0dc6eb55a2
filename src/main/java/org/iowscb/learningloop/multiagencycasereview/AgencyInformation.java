package org.iowscb.learningloop.multiagencycasereview;

import static org.iowscb.learningloop.multiagencycasereview.MultiAgencyCaseReview.AGENCY;
import static org.iowscb.learningloop.multiagencycasereview.MultiAgencyCaseReview.AGENCY_INFORMATION;
import static org.iowscb.learningloop.multiagencycasereview.MultiAgencyCaseReview.AGENCY_LEARNING;
import static org.iowscb.learningloop.multiagencycasereview.MultiAgencyCaseReview.ANALYSIS;
import static org.iowscb.learningloop.multiagencycasereview.MultiAgencyCaseReview.CHRONOLOGY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Every agency's information, collected for the panel: a JSON list of
 * {@code {agency, chronology, analysis, agencyLearning}} on the process instance, which the
 * panel's and the author's forms show in a loop. Each agency's own task keeps its fields local,
 * so parallel agencies never overwrite each other.
 */
final class AgencyInformation {

    private AgencyInformation() {
    }

    /** Adds (or replaces) the information of the agency whose task this is. */
    static void collect(DelegateTask task) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(AGENCY.name(), AGENCY.requiredFrom(task));
        entry.put(CHRONOLOGY.name(), CHRONOLOGY.requiredFrom(task));
        entry.put(ANALYSIS.name(), ANALYSIS.requiredFrom(task));
        entry.put(AGENCY_LEARNING.name(), AGENCY_LEARNING.requiredFrom(task));

        DelegateExecution processInstance = task.getExecution().getProcessInstance();
        List<Map<String, String>> all = new ArrayList<>(from(processInstance.getVariable(AGENCY_INFORMATION)));
        all.removeIf(existing -> entry.get(AGENCY.name()).equals(existing.get(AGENCY.name())));
        all.add(entry);
        processInstance.setVariable(AGENCY_INFORMATION, Variables.objectValue(all)
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }

    /** The collected information, in the order the agencies gave it. */
    static List<Map<String, String>> from(Object value) {
        List<Map<String, String>> entries = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> map) {
                    Map<String, String> entry = new LinkedHashMap<>();
                    map.forEach((key, field) ->
                        entry.put(String.valueOf(key), field == null ? null : String.valueOf(field)));
                    entries.add(entry);
                }
            }
        }
        return entries;
    }
}
