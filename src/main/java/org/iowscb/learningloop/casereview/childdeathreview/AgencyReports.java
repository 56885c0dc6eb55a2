package org.iowscb.learningloop.casereview.childdeathreview;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AgencyReport;
import org.iowscb.learningloop.platform.process.AgencyReturns;

/**
 * The information every agency gave, shown together to the panel as {@code agencyReports}
 * ({@link ChildDeathReview#AGENCY_REPORTS}), which the panel's form shows as a table.
 */
final class AgencyReports {

    private AgencyReports() {
    }

    /** An empty list, set when the review starts. */
    static void start(VariableScope processInstance) {
        ChildDeathReview.AGENCY_REPORTS.set(processInstance, List.of());
    }

    /**
     * Keeps one agency's report until the panel's task: an agency with a task open may read the
     * case's variables, so no report is a process variable while agencies are still answering.
     */
    static void add(AgencyReturns returns, DelegateTask task, AgencyReport report) {
        returns.record(task.getExecution().getProcessBusinessKey(), report.agency(), report);
    }

    /** When the panel's task is created: every agency's latest report, in the order given. */
    static void show(AgencyReturns returns, DelegateTask task) {
        returns.showLatest(task, ChildDeathReview.AGENCY_REPORTS.name());
    }
}
