package org.iowscb.learningloop.casereview.seriouscasereview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.iowscb.learningloop.platform.deadline.StatutoryClock;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * An SCR aims to be finished within six months of its initiation (Working Together 2013, chapter 4);
 * a revised timetable the Board agrees moves the due date, and counts as slippage.
 */
@Component
class SeriousCaseReviewClock implements StatutoryClock {

    static final int MONTHS = 6;

    @Override
    public Set<String> processKeys() {
        return Set.of(SeriousCaseReview.KEY);
    }

    @Override
    public String name() {
        return "Review finished within 6 months of initiation";
    }

    @Override
    public String source() {
        return "Working Together 2013, chapter 4: aim to complete an SCR within six months of initiating it";
    }

    @Override
    public List<ProcessVariable<String>> reads() {
        return List.of(SeriousCaseReview.INITIATED_ON, SeriousCaseReview.REVISED_COMPLETION_ON);
    }

    @Override
    public Optional<Dates> dates(Function<String, String> variables, LocalDate startedOn, WorkingDays days) {
        LocalDate initiated = StatutoryClock.date(variables, SeriousCaseReview.INITIATED_ON);
        if (initiated == null) {
            return Optional.empty();
        }
        LocalDate revised = StatutoryClock.date(variables, SeriousCaseReview.REVISED_COMPLETION_ON);
        LocalDate due = revised != null ? revised : days.dateOf(days.calendarMonthsAfter(initiated, MONTHS));
        return Optional.of(new Dates(initiated, due, revised != null ? 1 : 0));
    }
}
