package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.ABUSE_OR_NEGLECT;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_DEATH_REVIEW_REFERENCE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REFERRING_AGENCY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.springframework.stereotype.Component;

/**
 * Every referral where the child died starts a child death review, whatever the Sub Group
 * decides; the referring agency is the first agency asked for its information.
 */
@Component("startChildDeathReview")
class StartChildDeathReview implements JavaDelegate {

    private final CaseStarter starter;

    StartChildDeathReview(CaseStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution referral) {
        Map<String, Object> variables = new HashMap<>(ReferralFacts.of(referral));
        variables.put(ABUSE_OR_NEGLECT.name(), ABUSE_OR_NEGLECT.requiredFrom(referral));
        variables.put(INVOLVED_AGENCIES.name(),
            StringListVariable.valueOf(List.of(REFERRING_AGENCY.requiredFrom(referral))));
        CHILD_DEATH_REVIEW_REFERENCE.set(referral,
            starter.start(CaseType.CHILD_DEATH_REVIEW, referral.getProcessBusinessKey(), variables));
    }
}
