package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY_KEY_ISSUES;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY_REPORT_REFERENCE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.CHRONOLOGY_PROVIDED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MANAGEMENT_REPORT_PROVIDED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MAX_REFERENCE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MAX_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.AgencyReturns;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.stereotype.Component;

/**
 * One agency's chronology and individual management report ({@code ${scrAgencyReport}}, on
 * complete): both must have gone to the business unit, with a document reference and the key
 * issues for the agency. Each agency's answers are local to its task; this keeps them in
 * {@link AgencyReturns} until the reviewer's task shows them all ({@code agencyReports}).
 */
@Component("scrAgencyReport")
class AgencyReportRecorder implements TaskListener {

    private final WorkingDays workingDays;
    private final AgencyReturns returns;

    AgencyReportRecorder(WorkingDays workingDays, AgencyReturns returns) {
        this.workingDays = workingDays;
        this.returns = returns;
    }

    @Override
    public void notify(DelegateTask task) {
        InputCheck.of(task)
            .check(Inputs.isTrue(task, CHRONOLOGY_PROVIDED),
                "the chronology must be sent to the business unit before this task is completed")
            .check(Inputs.isTrue(task, MANAGEMENT_REPORT_PROVIDED),
                "the individual management report must be sent to the business unit before this task is completed")
            .requiredText(AGENCY_REPORT_REFERENCE, MAX_REFERENCE)
            .requiredText(AGENCY_KEY_ISSUES, MAX_TEXT)
            .orReject();

        SeriousCaseReview.AgencyReport report = new SeriousCaseReview.AgencyReport(AGENCY.requiredFrom(task),
            AGENCY_REPORT_REFERENCE.requiredFrom(task).trim(), AGENCY_KEY_ISSUES.requiredFrom(task).trim(),
            workingDays.today().toString());
        returns.record(task.getExecution().getProcessBusinessKey(), report.agency(), report);
    }
}
