package org.iowscb.learningloop.platform.edition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clocks of the Working Together 2023 processes, in working days after the local authority
 * became aware of the incident, bound from {@code learningloop.wt2023.*}. The defaults are those
 * of the guidance (docs/processes/serious-incident-notification.md and rapid-review.md cite them);
 * they are settings so a board can follow a change of guidance, or a paragraph we could not
 * confirm, without a new release.
 *
 * @param panelNotificationWorkingDays the local authority notifies the Child Safeguarding Practice
 *                                     Review Panel (default 5)
 * @param partnersToldWorkingDays      ... and tells the safeguarding partners (default 5)
 * @param ofstedAndSecretaryOfStateWorkingDays where a looked-after child died, it notifies Ofsted and
 *                                     the Secretary of State (default 5)
 * @param rapidReviewWorkingDays       the safeguarding partners complete the rapid review (default 15)
 * @param lcsprMonths                  a local child safeguarding practice review is completed within
 *                                     this many calendar months of the decision to hold it (default 6)
 * @param lcsprReportNoticeWorkingDays the final report goes to the Panel and the Secretary of State at
 *                                     least this many working days before publication (default 7)
 * @param yearlyReportSendDays         calendar days after its publication within which the partners'
 *                                     yearly report is sent to the Panel and the What Works Centre (default 7)
 */
@ConfigurationProperties(prefix = "learningloop.wt2023")
public record Wt2023Clocks(
    @DefaultValue("5") int panelNotificationWorkingDays,
    @DefaultValue("5") int partnersToldWorkingDays,
    @DefaultValue("5") int ofstedAndSecretaryOfStateWorkingDays,
    @DefaultValue("15") int rapidReviewWorkingDays,
    @DefaultValue("6") int lcsprMonths,
    @DefaultValue("7") int lcsprReportNoticeWorkingDays,
    @DefaultValue("7") int yearlyReportSendDays) {
}
