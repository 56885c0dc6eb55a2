package org.iowscb.learningloop.casereview.seriouscasereview;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.process.AgencyReturns;
import org.springframework.stereotype.Component;

/**
 * When the reviewer's task is created, every agency's report becomes {@code agencyReports} for
 * the reviewer's form: no agency task is open any more, so no agency reads another's report.
 */
@Component("scrShowAgencyReports")
class ShowAgencyReports implements TaskListener {

    private final AgencyReturns returns;

    ShowAgencyReports(AgencyReturns returns) {
        this.returns = returns;
    }

    @Override
    public void notify(DelegateTask task) {
        returns.showAll(task.getExecution(), SeriousCaseReview.AGENCY_REPORTS.name());
    }
}
