package org.iowscb.learningloop.casereview.seriousincidentnotification;

import java.util.Set;

import org.iowscb.learningloop.platform.deadline.DueDateClock;
import org.springframework.stereotype.Component;

/**
 * The Panel is notified within 5 working days of the local authority becoming aware of the incident
 * (Children Act 2004, s.16C(1); Working Together 2023, chapter 5; learningloop.wt2023.*).
 */
@Component
class PanelNotificationClock extends DueDateClock {

    PanelNotificationClock() {
        super(Set.of(SeriousIncidentNotification.KEY), "Panel notified within 5 working days",
            "Children Act 2004 s.16C(1) and Working Together 2023 chapter 5: notify the Child Safeguarding Practice"
                + " Review Panel within 5 working days of becoming aware",
            SeriousIncidentNotification.PANEL_NOTIFICATION_DUE_ON, null);
    }
}
