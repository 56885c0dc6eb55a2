package org.iowscb.learningloop.casereview.multiagencycasereview;

import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY_INFORMATION;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY_LEARNING;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.ANALYSIS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.CHRONOLOGY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.process.AgencyReturns;

/**
 * Every agency's information, collected for the panel: a JSON list of
 * {@code {agency, chronology, analysis, agencyLearning}} on the process instance, which the
 * panel's and the author's forms show in a loop. Each agency's own task keeps its fields local,
 * and its information waits in {@link AgencyReturns} until the panel's task is created: an
 * agency with a task open may read the case's variables, and must not read another's return.
 */
final class AgencyInformation {

    private AgencyInformation() {
    }

    /** Keeps the information of the agency whose task this is until the panel's task. */
    static void collect(DelegateTask task, AgencyReturns returns) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(AGENCY.name(), AGENCY.requiredFrom(task));
        entry.put(CHRONOLOGY.name(), CHRONOLOGY.requiredFrom(task));
        entry.put(ANALYSIS.name(), ANALYSIS.requiredFrom(task));
        entry.put(AGENCY_LEARNING.name(), AGENCY_LEARNING.requiredFrom(task));

        returns.record(task.getExecution().getProcessBusinessKey(), entry.get(AGENCY.name()), entry);
    }

    /** Every agency's latest information, in the order the agencies gave it, for the panel's forms. */
    static void show(DelegateTask task, AgencyReturns returns) {
        List<Map<String, String>> all = new ArrayList<>();
        for (Map<String, String> entry : from(returns.of(task.getExecution().getProcessBusinessKey()))) {
            all.removeIf(existing -> entry.get(AGENCY.name()).equals(existing.get(AGENCY.name())));
            all.add(entry);
        }
        task.getExecution().getProcessInstance().setVariable(AGENCY_INFORMATION, Variables.objectValue(all)
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
