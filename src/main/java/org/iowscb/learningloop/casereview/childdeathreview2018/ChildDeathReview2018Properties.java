package org.iowscb.learningloop.casereview.childdeathreview2018;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clocks of a child death review under the 2018 guidance, bound from
 * {@code learningloop.child-death-review-2018.*}. The Child Death Review Statutory and Operational
 * Guidance (England) 2018 sets the steps but no number of days for them, so each is a local target
 * the partners choose (docs/processes/child-death-review-2018.md).
 *
 * @param decisionWorkingDays the CDOP's immediate decision on a joint agency response (default 1)
 * @param jointAgencyResponseWorkingDays the record of the joint agency response (default 5)
 * @param agencyInformationWorkingDays each agency's information (default 20, as the 2013 review)
 * @param reviewMeetingMonths the child death review meeting, after the agencies' information (default 3)
 * @param cdopReviewMonths the CDOP's review, after the meeting (default 2)
 * @param ncmdRecordWorkingDays the record of when the NCMD was notified, after the CDOP review (default 5)
 */
@ConfigurationProperties(prefix = "learningloop.child-death-review-2018")
public record ChildDeathReview2018Properties(
        @DefaultValue("1") int decisionWorkingDays,
        @DefaultValue("5") int jointAgencyResponseWorkingDays,
        @DefaultValue("20") int agencyInformationWorkingDays,
        @DefaultValue("3") int reviewMeetingMonths,
        @DefaultValue("2") int cdopReviewMonths,
        @DefaultValue("5") int ncmdRecordWorkingDays) {

    public ChildDeathReview2018Properties {
        for (int value : new int[] {decisionWorkingDays, jointAgencyResponseWorkingDays, agencyInformationWorkingDays,
            reviewMeetingMonths, cdopReviewMonths, ncmdRecordWorkingDays}) {
            if (value < 1) {
                throw new IllegalArgumentException(
                    "every learningloop.child-death-review-2018 clock must be at least 1, was " + value);
            }
        }
    }
}
