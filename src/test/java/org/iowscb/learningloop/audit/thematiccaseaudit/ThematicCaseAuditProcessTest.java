package org.iowscb.learningloop.audit.thematiccaseaudit;

import org.iowscb.learningloop.audit.caseaudit.CaseAuditScenarios;
import org.iowscb.learningloop.platform.casereference.CaseType;

/** Every path of {@code thematic-case-audit}: the scenarios every multi-agency case audit walks, on a theme. */
class ThematicCaseAuditProcessTest extends CaseAuditScenarios {

    ThematicCaseAuditProcessTest() {
        super(CaseType.THEMATIC_CASE_AUDIT, ThematicCaseAudit.THEME, "Neglect of children under five",
            ThematicCaseAudit.MAX_THEME);
    }
}
