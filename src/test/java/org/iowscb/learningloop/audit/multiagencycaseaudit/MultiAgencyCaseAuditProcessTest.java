package org.iowscb.learningloop.audit.multiagencycaseaudit;

import org.iowscb.learningloop.audit.caseaudit.CaseAuditScenarios;
import org.iowscb.learningloop.platform.casereference.CaseType;

/**
 * Every path of {@code multi-agency-case-audit}: the scenarios every multi-agency case audit
 * walks, on a part of the child's journey.
 */
class MultiAgencyCaseAuditProcessTest extends CaseAuditScenarios {

    MultiAgencyCaseAuditProcessTest() {
        super(CaseType.MULTI_AGENCY_CASE_AUDIT, MultiAgencyCaseAudit.JOURNEY_FOCUS,
            "From the first contact with children's social care to the initial child protection conference",
            MultiAgencyCaseAudit.MAX_JOURNEY_FOCUS);
    }
}
