package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY_KEY_ISSUES;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY_REPORT_REFERENCE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.CHRONOLOGY_PROVIDED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MANAGEMENT_REPORT_PROVIDED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MAX_REFERENCE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MAX_TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    static final String AGENCY_FIELD = "agency";
    static final String REFERENCE_FIELD = "reference";
    static final String KEY_ISSUES_FIELD = "keyIssues";
    static final String SENT_ON_FIELD = "sentOn";

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

        Map<String, String> report = new LinkedHashMap<>();
        report.put(AGENCY_FIELD, AGENCY.requiredFrom(task));
        report.put(REFERENCE_FIELD, AGENCY_REPORT_REFERENCE.requiredFrom(task).trim());
        report.put(KEY_ISSUES_FIELD, AGENCY_KEY_ISSUES.requiredFrom(task).trim());
        report.put(SENT_ON_FIELD, workingDays.today().toString());
        returns.record(task.getExecution().getProcessBusinessKey(), report.get(AGENCY_FIELD), report);
    }
}
