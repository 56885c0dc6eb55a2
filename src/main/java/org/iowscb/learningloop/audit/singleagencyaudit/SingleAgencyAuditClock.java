package org.iowscb.learningloop.audit.singleagencyaudit;

import java.util.Set;

import org.iowscb.learningloop.platform.deadline.DueDateClock;
import org.springframework.stereotype.Component;

/** A single agency audit runs to the deadline the Sub Group set; a challenge that moves it counts as slippage. */
@Component
class SingleAgencyAuditClock extends DueDateClock {

    SingleAgencyAuditClock() {
        super(Set.of(SingleAgencyAudit.KEY), "Agency's audit in by the deadline",
            "the deadline the Sub Group set when it commissioned the audit", SingleAgencyAudit.AUDIT_DUE_ON,
            SingleAgencyAudit.AUDIT_DEADLINE);
    }
}
