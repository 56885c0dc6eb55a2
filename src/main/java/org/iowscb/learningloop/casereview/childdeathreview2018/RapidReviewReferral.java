package org.iowscb.learningloop.casereview.childdeathreview2018;

import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.AGENCY;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.RAPID_REVIEW_REFERRAL_REASON;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.RAPID_REVIEW_REFERRED_ON;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.REFERRED_FOR_RAPID_REVIEW;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.SERIOUS_INCIDENT_NOTIFICATION_REFERENCE;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.Elements;
import org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.edition.Edition;
import org.iowscb.learningloop.platform.edition.Editions;
import org.iowscb.learningloop.platform.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * A death where abuse or neglect is suspected is referred to the safeguarding partners for a rapid
 * review decision ({@code ${recordRapidReviewReferral}}): the review records that it was referred,
 * when, and where the suspicion arose. Under Working Together 2023 ({@code edition} wt2023) the
 * death is also a serious incident the local authority must notify to the Panel (Children Act 2004
 * s.16C: abuse or neglect known or suspected, and the child died), so the referral starts a
 * {@code serious-incident-notification}, which starts the rapid review; a wt2013 case only records
 * the referral. Once per review: a second suspicion, or a retried job, does nothing again. The
 * referring agency is the agency whose information raised the suspicion, otherwise children's
 * services, which hold the duty to notify.
 */
@Component("recordRapidReviewReferral")
class RapidReviewReferral implements JavaDelegate {

    private final WorkingDays workingDays;
    private final CaseStarter starter;

    RapidReviewReferral(WorkingDays workingDays, CaseStarter starter) {
        this.workingDays = workingDays;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (REFERRED_FOR_RAPID_REVIEW.from(execution).orElse(false)) {
            return;
        }
        var review = execution.getProcessInstance();
        String today = workingDays.today().toString();
        String reason = "abuse or neglect suspected " + where(execution);
        REFERRED_FOR_RAPID_REVIEW.set(review, true);
        RAPID_REVIEW_REFERRED_ON.set(review, today);
        RAPID_REVIEW_REFERRAL_REASON.set(review, reason);
        if (Editions.ofCase(execution) == Edition.WT2023) {
            SERIOUS_INCIDENT_NOTIFICATION_REFERENCE.set(review, starter.start(CaseType.SERIOUS_INCIDENT_NOTIFICATION,
                execution.getProcessBusinessKey(), Map.of(
                    SeriousIncidentNotification.INCIDENT_KNOWN_ON.name(), today,
                    SeriousIncidentNotification.CHILD_AGE_YEARS.name(), CHILD_AGE_YEARS.requiredFrom(execution),
                    SeriousIncidentNotification.ABUSE_OR_NEGLECT.name(), true,
                    SeriousIncidentNotification.CHILD_DIED.name(), true,
                    SeriousIncidentNotification.CHILD_SERIOUSLY_HARMED.name(), false,
                    SeriousIncidentNotification.REFERRING_AGENCY.name(), referringAgency(execution),
                    SeriousIncidentNotification.SUMMARY.name(), "Child death review: " + reason)));
        }
    }

    private static String referringAgency(DelegateExecution execution) {
        return Elements.REFER_FROM_AGENCY_INFORMATION.equals(execution.getCurrentActivityId())
            ? AGENCY.requiredFrom(execution) : Groups.CHILDRENS_SERVICES;
    }

    private static String where(DelegateExecution execution) {
        return switch (execution.getCurrentActivityId()) {
            case Elements.REFER_AT_DECISION -> "at the immediate decision";
            case Elements.REFER_FROM_AGENCY_INFORMATION -> "in the information of " + AGENCY.requiredFrom(execution);
            default -> "at the CDOP review";
        };
    }
}
