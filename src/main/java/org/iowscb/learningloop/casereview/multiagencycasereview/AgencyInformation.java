package org.iowscb.learningloop.casereview.multiagencycasereview;

import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY_INFORMATION;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY_LEARNING;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.ANALYSIS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.CHRONOLOGY;

import org.camunda.bpm.engine.delegate.DelegateTask;
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
        MultiAgencyCaseReview.AgencyInformation entry = new MultiAgencyCaseReview.AgencyInformation(AGENCY.requiredFrom(task),
            CHRONOLOGY.requiredFrom(task), ANALYSIS.requiredFrom(task), AGENCY_LEARNING.requiredFrom(task));
        returns.record(task.getExecution().getProcessBusinessKey(), entry.agency(), entry);
    }

    /** Every agency's latest information, in the order the agencies gave it, for the panel's forms. */
    static void show(DelegateTask task, AgencyReturns returns) {
        returns.showLatest(task, AGENCY_INFORMATION.name());
    }
}
