package org.iowscb.learningloop.audit.multiagencycaseaudit;

import org.iowscb.learningloop.audit.caseaudit.CaseAuditScenarios;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * Every path of {@code multi-agency-case-audit}: the scenarios every multi-agency case audit
 * walks, on a part of the child's journey.
 */
class MultiAgencyCaseAuditProcessTest extends CaseAuditScenarios {

    @Override
    protected CaseType caseType() {
        return CaseType.MULTI_AGENCY_CASE_AUDIT;
    }

    @Override
    protected ProcessVariable<String> focus() {
        return MultiAgencyCaseAudit.JOURNEY_FOCUS;
    }

    @Override
    protected String focusValue() {
        return "From the first contact with children's social care to the initial child protection conference";
    }

    @Override
    protected int maxFocus() {
        return MultiAgencyCaseAudit.MAX_JOURNEY_FOCUS;
    }
}
