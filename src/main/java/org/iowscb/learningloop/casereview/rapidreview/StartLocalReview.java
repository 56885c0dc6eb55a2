package org.iowscb.learningloop.casereview.rapidreview;

import static org.iowscb.learningloop.casereview.rapidreview.RapidReview.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * When the safeguarding partners decide to hold a local child safeguarding practice review, the
 * review starts as its own case pointing back to the rapid review, with the incident's facts, the
 * agencies involved and the day of the decision (today). Runs as its own job after the person's
 * submit, so a failure here becomes a retried job, never a lost decision.
 */
@Component("startLocalReview")
class StartLocalReview implements JavaDelegate {

    private final CaseStarter starter;
    private final WorkingDays workingDays;

    StartLocalReview(CaseStarter starter, WorkingDays workingDays) {
        this.starter = starter;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution rapidReview) {
        if (LCSPR_REFERENCE.from(rapidReview).isPresent()) {
            return;
        }
        Map<String, Object> facts = new HashMap<>();
        facts.put(INCIDENT_KNOWN_ON.name(), INCIDENT_KNOWN_ON.requiredFrom(rapidReview));
        facts.put(REFERRING_AGENCY.name(), REFERRING_AGENCY.requiredFrom(rapidReview));
        facts.put(CHILD_AGE_YEARS.name(), CHILD_AGE_YEARS.requiredFrom(rapidReview));
        facts.put(ABUSE_OR_NEGLECT.name(), ABUSE_OR_NEGLECT.requiredFrom(rapidReview));
        facts.put(CHILD_DIED.name(), CHILD_DIED.requiredFrom(rapidReview));
        facts.put(CHILD_SERIOUSLY_HARMED.name(), CHILD_SERIOUSLY_HARMED.requiredFrom(rapidReview));
        facts.put(INVOLVED_AGENCIES.name(), INVOLVED_AGENCIES.from(rapidReview));
        facts.put(LocalChildSafeguardingPracticeReview.DECIDED_ON.name(), workingDays.today().toString());
        LCSPR_REFERENCE.set(rapidReview, starter.start(CaseType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW,
            rapidReview.getProcessBusinessKey(), facts));
    }
}
