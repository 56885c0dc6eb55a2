package org.iowscb.learningloop.audit.multiagencycaseaudit;

import org.iowscb.learningloop.audit.caseaudit.CaseAudit;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.CaseVariables;

/**
 * Process API of {@code processes/multi-agency-case-audit.bpmn}: a multi-agency audit of practice
 * along a child's journey through the system, over a sample of cases, reporting to the IOWSCB
 * via the Performance and Quality Assurance Sub Group. Its shape, element ids and other
 * variables are those of every multi-agency case audit: {@link CaseAudit}.
 */
public final class MultiAgencyCaseAudit {

    public static final String KEY = CaseType.MULTI_AGENCY_CASE_AUDIT.processKey();

    /** Longest journey focus accepted. */
    public static final int MAX_JOURNEY_FOCUS = 1000;

    /** Element ids of the model: those every multi-agency case audit has. */
    public static final class Elements extends CaseAudit.Elements {
        private Elements() {
        }
    }

    /**
     * The part of the child's journey audited, for example "from the first contact with
     * children's social care to the child protection conference".
     */
    public static final ProcessVariable<String> JOURNEY_FOCUS = CaseVariables.JOURNEY_FOCUS;

    private MultiAgencyCaseAudit() {
    }
}
