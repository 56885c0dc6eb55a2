package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.DECIDED_REVIEW_TYPE;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REVIEWING_AGENCY;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REVIEW_REFERENCE;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.springframework.stereotype.Component;

/** Starts the review the Sub Group chose, as its own case pointing back to the referral. */
@Component("startChosenReview")
class StartChosenReview implements JavaDelegate {

    private final CaseStarter starter;

    StartChosenReview(CaseStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution referral) {
        CaseType review = ReviewType.of(DECIDED_REVIEW_TYPE.requiredFrom(referral)).flatMap(ReviewType::review)
            .orElseThrow(() -> new IllegalStateException("no review to start for " + referral.getProcessBusinessKey()));
        REVIEW_REFERENCE.set(referral, starter.start(review, referral.getProcessBusinessKey(),
            startVariables(referral, INVOLVED_AGENCIES.from(referral))));
    }

    /** What the chosen review starts with: the referral's facts, the agencies and the reviewing agency. */
    static Map<String, Object> startVariables(VariableScope referral, java.util.List<String> involvedAgencies) {
        Map<String, Object> variables = new java.util.HashMap<>(ReferralFacts.of(referral));
        variables.put(INVOLVED_AGENCIES.name(), StringListVariable.valueOf(involvedAgencies));
        REVIEWING_AGENCY.from(referral).ifPresent(agency -> variables.put(REVIEWING_AGENCY.name(), agency));
        return variables;
    }
}
