package org.iowscb.learningloop.casereview.childdeathreview2018;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.AgencyReport;
import org.iowscb.learningloop.platform.process.AgencyReturns;

/**
 * The information every agency gave, kept in the shared agency returns while agencies are still
 * answering (an agency with a task open may read the case's variables), and shown together as
 * {@code agencyReports} when the meeting's task is created.
 */
final class AgencyReports {

    private AgencyReports() {
    }

    static void start(VariableScope processInstance) {
        ChildDeathReview2018.AGENCY_REPORTS.set(processInstance, List.of());
    }

    static void add(AgencyReturns returns, DelegateTask task, AgencyReport report) {
        returns.record(task.getExecution().getProcessBusinessKey(), report.agency(), report);
    }

    static void show(AgencyReturns returns, DelegateTask task) {
        returns.showLatest(task, ChildDeathReview2018.AGENCY_REPORTS.name());
    }
}
