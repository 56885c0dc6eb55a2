package org.iowscb.learningloop.casereview.seriousincidentnotification;

import static org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.springframework.stereotype.Component;

/**
 * Once the safeguarding partners are told of a serious child safeguarding case, their rapid review
 * starts as its own case pointing back to the notification, with the incident's facts. The
 * summary stays with the notification.
 */
@Component("startRapidReview")
class StartRapidReview implements JavaDelegate {

    private final CaseStarter starter;

    StartRapidReview(CaseStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution notification) {
        Map<String, Object> facts = new HashMap<>();
        for (var fact : java.util.List.of(INCIDENT_KNOWN_ON, REFERRING_AGENCY)) {
            facts.put(fact.name(), fact.requiredFrom(notification));
        }
        facts.put(CHILD_AGE_YEARS.name(), CHILD_AGE_YEARS.requiredFrom(notification));
        for (var fact : java.util.List.of(ABUSE_OR_NEGLECT, CHILD_DIED, CHILD_SERIOUSLY_HARMED)) {
            facts.put(fact.name(), fact.requiredFrom(notification));
        }
        RAPID_REVIEW_REFERENCE.set(notification,
            starter.start(CaseType.RAPID_REVIEW, notification.getProcessBusinessKey(), facts));
    }
}
