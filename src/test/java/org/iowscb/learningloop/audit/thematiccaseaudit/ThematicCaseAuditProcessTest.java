package org.iowscb.learningloop.audit.thematiccaseaudit;

import org.iowscb.learningloop.audit.caseaudit.CaseAuditScenarios;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/** Every path of {@code thematic-case-audit}: the scenarios every multi-agency case audit walks, on a theme. */
class ThematicCaseAuditProcessTest extends CaseAuditScenarios {

    @Override
    protected CaseType caseType() {
        return CaseType.THEMATIC_CASE_AUDIT;
    }

    @Override
    protected ProcessVariable<String> focus() {
        return ThematicCaseAudit.THEME;
    }

    @Override
    protected String focusValue() {
        return "Neglect of children under five";
    }

    @Override
    protected int maxFocus() {
        return ThematicCaseAudit.MAX_THEME;
    }
}
