package org.iowscb.learningloop.casereview.casereviewreferral;

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
 * The Board decides whether to initiate a review within one month of the referral (Working Together
 * 2013, chapter 4; DOMAIN.md); the month ends on the next working day.
 */
@Component
class ReferralDecisionClock implements StatutoryClock {

    @Override
    public Set<String> processKeys() {
        return Set.of(CaseReviewReferral.KEY);
    }

    @Override
    public String name() {
        return "Type of review decided within 1 month";
    }

    @Override
    public String source() {
        return "Working Together 2013, chapter 4: decide whether to initiate an SCR within one month of the notification";
    }

    @Override
    public List<ProcessVariable<String>> reads() {
        return List.of(CaseReviewReferral.REFERRED_ON);
    }

    @Override
    public Optional<Dates> dates(Function<String, String> variables, LocalDate startedOn, WorkingDays days) {
        LocalDate referred = StatutoryClock.date(variables, CaseReviewReferral.REFERRED_ON);
        LocalDate start = referred != null ? referred : startedOn;
        return Optional.of(new Dates(start, days.dateOf(days.calendarMonthsAfter(start, 1)), 0));
    }
}
