package org.iowscb.learningloop.audit.thematiccaseaudit;

import org.iowscb.learningloop.audit.caseaudit.CaseAudit;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;

/**
 * Process API of {@code processes/thematic-case-audit.bpmn}: a multi-agency audit of practice
 * on one safeguarding issue (the theme), over a sample of cases, reporting to the IOWSCB via the
 * Performance and Quality Assurance Sub Group. Its shape, element ids and other variables are
 * those of every multi-agency case audit: {@link CaseAudit}.
 */
public final class ThematicCaseAudit {

    public static final String KEY = CaseType.THEMATIC_CASE_AUDIT.processKey();

    /** Longest theme accepted. */
    public static final int MAX_THEME = 200;

    /** Element ids of the model: those every multi-agency case audit has. */
    public static final class Elements extends CaseAudit.Elements {
        private Elements() {
        }
    }

    /** The safeguarding issue audited, for example "neglect of children under five". */
    public static final ProcessVariable<String> THEME = CaseVariables.THEME;

    private ThematicCaseAudit() {
    }
}
