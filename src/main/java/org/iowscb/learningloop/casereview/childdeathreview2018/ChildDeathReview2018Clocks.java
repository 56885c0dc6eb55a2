package org.iowscb.learningloop.casereview.childdeathreview2018;

import java.util.Date;

import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The due dates of the review's tasks ({@code ${cdr2018Clocks.decisionDue()}} in the model), in the
 * working-day calendar, from the configured local targets ({@link ChildDeathReview2018Properties}).
 */
@Component("cdr2018Clocks")
public class ChildDeathReview2018Clocks {

    private final WorkingDays workingDays;
    private final ChildDeathReview2018Properties properties;

    ChildDeathReview2018Clocks(WorkingDays workingDays, ChildDeathReview2018Properties properties) {
        this.workingDays = workingDays;
        this.properties = properties;
    }

    public Date decisionDue() {
        return workingDays.fromToday(properties.decisionWorkingDays());
    }

    public Date jointAgencyResponseDue() {
        return workingDays.fromToday(properties.jointAgencyResponseWorkingDays());
    }

    public Date agencyInformationDue() {
        return workingDays.fromToday(properties.agencyInformationWorkingDays());
    }

    public Date reviewMeetingDue() {
        return workingDays.monthsFromToday(properties.reviewMeetingMonths());
    }

    public Date cdopReviewDue() {
        return workingDays.monthsFromToday(properties.cdopReviewMonths());
    }

    public Date ncmdRecordDue() {
        return workingDays.fromToday(properties.ncmdRecordWorkingDays());
    }
}
