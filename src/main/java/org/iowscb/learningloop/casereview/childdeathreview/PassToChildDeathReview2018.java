package org.iowscb.learningloop.casereview.childdeathreview;

import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_DEATH_REVIEW_2018_REFERENCE;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CIRCUMSTANCES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.DATE_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INVOLVED_AGENCIES;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.springframework.stereotype.Component;

/**
 * A child death notified under Working Together 2023 ({@code edition} wt2023) is reviewed under the
 * Child Death Review Statutory and Operational Guidance 2018: the notification's facts start a
 * {@code child-death-review-2018} case, and this case ends pointing to it, as a wt2023 referral
 * passes to the serious incident notification. The 2018 review's own start check refuses, in the
 * same request, facts it cannot take. The 2013 notification does not ask for the circumstances: the
 * 2018 review then says so, and the CDOP records them at the immediate decision.
 */
@Component("passToChildDeathReview2018")
class PassToChildDeathReview2018 implements JavaDelegate {

    static final String CIRCUMSTANCES_NOT_ASKED =
        "Notified on the Working Together 2013 form, which does not ask for the circumstances";

    private final CaseStarter starter;

    PassToChildDeathReview2018(CaseStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution notification) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(ChildDeathReview2018.DATE_OF_DEATH.name(),
            DATE_OF_DEATH.from(notification).orElseGet(() -> INCIDENT_KNOWN_ON.requiredFrom(notification)));
        facts.put(ChildDeathReview2018.CHILD_AGE_YEARS.name(), CHILD_AGE_YEARS.requiredFrom(notification));
        facts.put(ChildDeathReview2018.INVOLVED_AGENCIES.name(),
            StringListVariable.valueOf(INVOLVED_AGENCIES.from(notification)));
        facts.put(ChildDeathReview2018.CIRCUMSTANCES.name(),
            CIRCUMSTANCES.from(notification).filter(text -> !text.isBlank()).orElse(CIRCUMSTANCES_NOT_ASKED));
        facts.put(ChildDeathReview2018.ABUSE_OR_NEGLECT_SUSPECTED.name(),
            ABUSE_OR_NEGLECT_SUSPECTED.from(notification).orElse(false));
        CHILD_DEATH_REVIEW_2018_REFERENCE.set(notification, starter.start(CaseType.CHILD_DEATH_REVIEW_2018,
            notification.getProcessBusinessKey(), facts));
    }
}
