package org.iowscb.learningloop.support;

import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.ABUSE_OR_NEGLECT;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.AGENCY_WORKING_CONCERN;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_DIED;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.CHILD_SERIOUSLY_HARMED;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.REFERRING_AGENCY;
import static org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral.SUMMARY;

import java.util.HashMap;
import java.util.Map;

/** The facts of a serious incident as the business unit refers it for a case review, over REST. */
public final class ReferralFacts {

    private ReferralFacts() {
    }

    /**
     * A 9-year-old seriously harmed, abuse suspected, a significant concern about how the agencies
     * worked together, referred by the police; a map the caller may change.
     */
    public static Map<String, Object> seriousHarm() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(INCIDENT_KNOWN_ON.name(), "2026-01-05");
        facts.put(CHILD_AGE_YEARS.name(), 9);
        facts.put(ABUSE_OR_NEGLECT.name(), true);
        facts.put(CHILD_DIED.name(), false);
        facts.put(CHILD_SERIOUSLY_HARMED.name(), true);
        facts.put(AGENCY_WORKING_CONCERN.name(), "SIGNIFICANT");
        facts.put(REFERRING_AGENCY.name(), "agency-police");
        facts.put(SUMMARY.name(), "Pseudonymous summary of the incident");
        return facts;
    }
}
