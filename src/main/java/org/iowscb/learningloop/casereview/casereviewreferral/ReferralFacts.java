package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_DIED;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REFERRING_AGENCY;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The facts a review started from a referral receives. The referral's summary stays with the
 * referral: it is free text and goes no further than it must.
 */
final class ReferralFacts {

    private ReferralFacts() {
    }

    static Map<String, Object> of(VariableScope referral) {
        return Map.of(
            INCIDENT_KNOWN_ON.name(), INCIDENT_KNOWN_ON.requiredFrom(referral),
            CHILD_AGE_YEARS.name(), CHILD_AGE_YEARS.requiredFrom(referral),
            CHILD_DIED.name(), CHILD_DIED.requiredFrom(referral),
            REFERRING_AGENCY.name(), REFERRING_AGENCY.requiredFrom(referral));
    }
}
