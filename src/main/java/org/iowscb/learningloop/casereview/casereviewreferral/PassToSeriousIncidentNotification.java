package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.ABUSE_OR_NEGLECT;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_SERIOUSLY_HARMED;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.SERIOUS_INCIDENT_NOTIFICATION_REFERENCE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.SUMMARY;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.springframework.stereotype.Component;

/**
 * A referral made under Working Together 2023 ({@code edition} wt2023): the referral's facts start
 * the serious incident notification, and the referral ends pointing to it. People and scripts that
 * still use the referral's form or key lose nothing they entered; the notification's own start
 * check refuses, in the same request, facts it cannot take (an incident that is not notifiable).
 */
@Component("passToSeriousIncidentNotification")
class PassToSeriousIncidentNotification implements JavaDelegate {

    private final CaseStarter starter;

    PassToSeriousIncidentNotification(CaseStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution referral) {
        Map<String, Object> facts = new HashMap<>(ReferralFacts.of(referral));
        facts.put(ABUSE_OR_NEGLECT.name(), ABUSE_OR_NEGLECT.requiredFrom(referral));
        facts.put(CHILD_SERIOUSLY_HARMED.name(), CHILD_SERIOUSLY_HARMED.requiredFrom(referral));
        SUMMARY.from(referral).ifPresent(summary -> facts.put(SUMMARY.name(), summary));
        SERIOUS_INCIDENT_NOTIFICATION_REFERENCE.set(referral, starter.start(CaseType.SERIOUS_INCIDENT_NOTIFICATION,
            referral.getProcessBusinessKey(), facts));
    }
}
