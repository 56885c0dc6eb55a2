package org.iowscb.learningloop.frameworkreview.partnersyearlyreport;

import static org.iowscb.learningloop.platform.process.ProcessVariable.stringVariable;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * Process API of {@code processes/partners-yearly-report.bpmn}: under Working Together 2023 the
 * safeguarding partners publish a report on their arrangements every year, with its independent
 * scrutiny, and send it to the Child Safeguarding Practice Review Panel and the What Works Centre
 * for Children's Social Care (Foundations) within 7 days of publication. A yearly timer starts it;
 * a board that follows Working Together 2013 for new cases ends the case at once.
 */
public final class PartnersYearlyReport {

    public static final String KEY = CaseType.PARTNERS_YEARLY_REPORT.processKey();

    /** Element ids of the model. */
    public static final class Elements {
        public static final String YEARLY_REPORT_DUE = "yearly-report-due";
        public static final String WHICH_EDITION = "which-edition";
        public static final String NOT_WT2023 = "no-yearly-report-under-wt2013";
        public static final String RECORD_INDEPENDENT_SCRUTINY = "record-independent-scrutiny";
        public static final String PUBLISH_REPORT = "publish-report";
        public static final String SEND_REPORT = "send-report";
        public static final String REPORT_PUBLISHED_AND_SENT = "report-published-and-sent";

        private Elements() {
        }
    }

    // record-independent-scrutiny
    /** ISO date the scrutiny was completed; not in the future. */
    public static final ProcessVariable<String> SCRUTINY_COMPLETED_ON = stringVariable("scrutinyCompletedOn");
    /** Who scrutinised, by role and organisation (an independent scrutineer, a peer review): never a child's name. */
    public static final ProcessVariable<String> SCRUTINY_BY = stringVariable("scrutinyBy");
    public static final ProcessVariable<String> SCRUTINY_FINDINGS = stringVariable("scrutinyFindings");

    // publish-report
    /** ISO date the report was published; not in the future. */
    public static final ProcessVariable<String> PUBLISHED_ON = stringVariable("yearlyReportPublishedOn");
    public static final ProcessVariable<String> PUBLICATION_LINK = stringVariable("yearlyReportLink");

    // set by the process
    /** ISO date by which the report is sent: {@code yearlyReportSendDays} calendar days after publication. */
    public static final ProcessVariable<String> SEND_BY = stringVariable("yearlyReportSendBy");

    // send-report
    public static final ProcessVariable<String> SENT_TO_PANEL_ON = stringVariable("yearlyReportSentToPanelOn");
    public static final ProcessVariable<String> SENT_TO_WHAT_WORKS_CENTRE_ON = stringVariable("yearlyReportSentToWhatWorksCentreOn");

    public static final int MAX_TEXT = InputCheck.MAX_NARRATIVE;
    public static final int MAX_LINK = 500;

    private PartnersYearlyReport() {
    }
}
