package org.iowscb.learningloop.audit.caseaudit;

import java.util.Set;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.DueDateClock;
import org.springframework.stereotype.Component;

/** A case audit runs to the deadline for the agencies' returns; a deadline moved by the chase counts as slippage. */
@Component
class CaseAuditClock extends DueDateClock {

    CaseAuditClock() {
        super(Set.of(CaseType.THEMATIC_CASE_AUDIT.processKey(), CaseType.MULTI_AGENCY_CASE_AUDIT.processKey()), "Agencies' returns in by the deadline",
            "the deadline the Sub Group set when it commissioned the audit", CaseAudit.RETURNS_DUE_ON,
            CaseAudit.AUDIT_DEADLINE);
    }
}
