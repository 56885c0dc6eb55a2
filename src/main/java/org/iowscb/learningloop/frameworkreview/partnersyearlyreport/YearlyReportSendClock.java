package org.iowscb.learningloop.frameworkreview.partnersyearlyreport;

import static org.iowscb.learningloop.frameworkreview.partnersyearlyreport.PartnersYearlyReport.PUBLISHED_ON;
import static org.iowscb.learningloop.frameworkreview.partnersyearlyreport.PartnersYearlyReport.SEND_BY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.iowscb.learningloop.platform.deadline.StatutoryClock;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.edition.Wt2023Clocks;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The board page shows a published yearly report against the days it has to reach the Panel and
 * the What Works Centre, from its publication ({@code learningloop.wt2023.yearly-report-send-days}).
 * Before publication the case is shown against the due date of its open step.
 */
@Component
class YearlyReportSendClock implements StatutoryClock {

    private final int days;

    YearlyReportSendClock(Wt2023Clocks clocks) {
        this.days = clocks.yearlyReportSendDays();
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(PartnersYearlyReport.KEY);
    }

    @Override
    public String name() {
        return "Sent to the Panel and the What Works Centre within " + days + " days of publication";
    }

    @Override
    public String source() {
        return "Working Together 2023, chapter 2 (the yearly report; paragraph not confirmed):"
            + " learningloop.wt2023.yearly-report-send-days";
    }

    @Override
    public List<ProcessVariable<String>> reads() {
        return List.of(PUBLISHED_ON, SEND_BY);
    }

    @Override
    public Optional<Dates> dates(Function<String, String> variables, LocalDate startedOn, WorkingDays workingDays) {
        LocalDate published = StatutoryClock.date(variables, PUBLISHED_ON);
        LocalDate sendBy = StatutoryClock.date(variables, SEND_BY);
        return published == null || sendBy == null ? Optional.empty() : Optional.of(new Dates(published, sendBy, 0));
    }
}
