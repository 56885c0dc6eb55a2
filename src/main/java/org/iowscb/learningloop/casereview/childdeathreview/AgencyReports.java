package org.iowscb.learningloop.casereview.childdeathreview;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AgencyReport;
import org.iowscb.learningloop.platform.process.AgencyReturns;

/**
 * The information every agency gave, shown together to the panel as {@code agencyReports}
 * ({@link ChildDeathReview#AGENCY_REPORTS}), which the panel's form shows as a table. The child
 * death review of the 2018 guidance gathers and shows its agencies' information the same way.
 */
public final class AgencyReports {

    private AgencyReports() {
    }

    /** An empty list, set when the review starts. */
    public static void start(VariableScope processInstance) {
        ChildDeathReview.AGENCY_REPORTS.set(processInstance, List.of());
    }

    /**
     * Keeps one agency's report until the panel's task: an agency with a task open may read the
     * case's variables, so no report is a process variable while agencies are still answering.
     */
    public static void add(AgencyReturns returns, DelegateTask task, AgencyReport report) {
        returns.record(task.getExecution().getProcessBusinessKey(), report.agency(), report);
    }

    /** When the panel's task is created: every agency's latest report, in the order given. */
    public static void show(AgencyReturns returns, DelegateTask task) {
        returns.showLatest(task, ChildDeathReview.AGENCY_REPORTS.name());
    }
}
