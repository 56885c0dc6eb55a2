package org.iowscb.learningloop.casereview.lcspr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.edition.Wt2023Clocks;
import org.springframework.stereotype.Component;

/**
 * When the review is late ({@code ${lcsprReviewDue.at(execution)}}): the end of the working day 6
 * months (learningloop.wt2023.lcspr-months) after the partners' decision. The engine sets the timer
 * as the case starts, before the start listener has dated the decision, so a missing or unreadable
 * date counts as today here; the start listener refuses an unreadable one anyway.
 */
@Component("lcsprReviewDue")
public class LcsprReviewDue {

    private final WorkingDays workingDays;
    private final Wt2023Clocks clocks;

    LcsprReviewDue(WorkingDays workingDays, Wt2023Clocks clocks) {
        this.workingDays = workingDays;
        this.clocks = clocks;
    }

    public Date at(VariableScope execution) {
        return workingDays.calendarMonthsAfter(decidedOn(execution), clocks.lcsprMonths());
    }

    private LocalDate decidedOn(VariableScope execution) {
        Object value = execution.getVariable(LocalChildSafeguardingPracticeReview.DECIDED_ON.name());
        if (value instanceof String text && !text.isBlank()) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException unreadable) {
                return workingDays.today();
            }
        }
        return workingDays.today();
    }
}
