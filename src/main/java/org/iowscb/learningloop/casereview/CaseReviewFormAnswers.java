package org.iowscb.learningloop.casereview;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iowscb.learningloop.casereview.casereviewreferral.CaseReviewReferral;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview;
import org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview;
import org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview;
import org.iowscb.learningloop.platform.process.FormAnswers;
import org.springframework.stereotype.Component;

/**
 * What a person typically enters in the case reviews' forms where a field's type cannot tell: the
 * day something was done is today, a box that opens a detour stays clear, references are typed.
 */
@Component
class CaseReviewFormAnswers implements FormAnswers {

    private static final String REFERRAL_START_FORM = "referral-start";

    /** Dates that record something done: the day the form is submitted. */
    private static final Set<String> DONE_TODAY = Set.of(CaseReviewReferral.INCIDENT_KNOWN_ON.name(),
        CaseReviewReferral.OFSTED_NOTIFIED_ON.name(), ChildDeathReview.DATE_OF_DEATH.name(),
        SeriousCaseReview.NOTIFIED_ON.name(), SeriousCaseReview.INITIATED_ON.name(),
        SeriousCaseReview.PUBLISHED_ON.name(), SeriousCaseReview.FAMILY_INVITED_ON.name(),
        SeriousCaseReview.PROFESSIONALS_INVITED_ON.name(), MultiAgencyCaseReview.PANEL_MET_ON.name());

    /** Ticked, these open a detour (a referral for an SCR decision); the typical case has none. */
    private static final Set<String> LEFT_CLEAR = Set.of(ChildDeathReview.MODIFIABLE_FACTORS_IDENTIFIED.name(),
        ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED.name(), ChildDeathReview.AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name());

    private static final Map<String, Object> TYPED = Map.of(
        SeriousCaseReview.INDEPENDENT_REVIEWER.name(), "reviewer",
        SeriousCaseReview.PUBLICATION_LINK.name(), "https://www.example.org/reviews/published-report",
        SeriousCaseReview.AGENCY_REPORT_REFERENCE.name(), "IMR-report-v1",
        SeriousCaseReview.OVERVIEW_REPORT_REFERENCE.name(), "Overview report v2",
        CaseReviewReferral.OFSTED_REFERENCE.name(), "OF-20417",
        NationalLearningReview.PUBLICATION_TITLE.name(), "Complexity and challenge: a triennial analysis of SCRs",
        ChildDeathReview.CATEGORY_OF_DEATH.name(), "acute-medical-or-surgical-condition",
        CaseReviewReferral.CHILD_AGE_YEARS.name(), 9L);

    @Override
    public Optional<Object> answer(String formId, String fieldKey, LocalDate today) {
        if (fieldKey.equals(SeriousCaseReview.COPY_SENT_ON.name())) {
            // sent to the national panel ahead of publication, which follows at least a week later
            return Optional.of(today.minusDays(10).toString());
        }
        if (fieldKey.equals(SeriousCaseReview.KEEP_UNTIL.name())) {
            return Optional.of(today.plusMonths(SeriousCaseReview.PUBLICATION_MONTHS + 1).toString());
        }
        if (formId.equals(REFERRAL_START_FORM) && fieldKey.equals(CaseReviewReferral.CHILD_DIED.name())) {
            // most referrals are of a child seriously harmed; a death comes through the CDOP
            return Optional.of(false);
        }
        if (DONE_TODAY.contains(fieldKey)) {
            return Optional.of(today.toString());
        }
        if (LEFT_CLEAR.contains(fieldKey)) {
            return Optional.of(false);
        }
        return Optional.ofNullable(TYPED.get(fieldKey));
    }
}
