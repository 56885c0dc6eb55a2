package org.iowscb.learningloop.frameworkreview.partnersyearlyreport;

import java.time.LocalDate;
import java.util.Date;

import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.edition.Wt2023Clocks;
import org.springframework.stereotype.Component;

/**
 * The clock of the sending, usable in the model as {@code ${partnersYearlyReportClock}}:
 * {@code learningloop.wt2023.yearly-report-send-days} calendar days after the publication, at the
 * end of that working day.
 */
@Component("partnersYearlyReportClock")
public class PartnersYearlyReportClock {

    private final WorkingDays workingDays;
    private final Wt2023Clocks clocks;

    PartnersYearlyReportClock(WorkingDays workingDays, Wt2023Clocks clocks) {
        this.workingDays = workingDays;
        this.clocks = clocks;
    }

    LocalDate sendByDay(String publishedOn) {
        return LocalDate.parse(publishedOn.substring(0, 10)).plusDays(clocks.yearlyReportSendDays());
    }

    /** The due date of the sending task. */
    public Date sendBy(String publishedOn) {
        return workingDays.endOfWorkingDay(sendByDay(publishedOn));
    }
}
