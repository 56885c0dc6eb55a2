package org.iowscb.learningloop.audit.caseaudit;

import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AGENCY_LEARNING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CASES_AUDITED;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.DID_NOT_WORK_WELL;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.GRADING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MAX_TEXT;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.SAMPLE_SIZE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.WORKED_WELL;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;

/**
 * The standard audit tool every audit of a case sample uses: how many cases of the sample the
 * agency audited, what worked well, what did not, the grading and the agency's learning.
 */
public final class AuditTool {

    private AuditTool() {
    }

    /** Adds to {@code check} every problem of an audit tool return in {@code scope}. */
    public static InputCheck check(InputCheck check, VariableScope scope) {
        long sampleSize = SAMPLE_SIZE.from(scope).orElse(0L);
        check.required(CASES_AUDITED)
            .between(CASES_AUDITED, 0, sampleSize, "the cases audited must be between 0 and the " + sampleSize
                + " of the sample")
            .requiredText(WORKED_WELL, MAX_TEXT)
            .requiredText(DID_NOT_WORK_WELL, MAX_TEXT)
            .requiredText(AGENCY_LEARNING, MAX_TEXT);
        return checkGrading(check, scope, GRADING);
    }

    /** A grading is required and one of {@link AuditGrading}'s values. */
    public static InputCheck checkGrading(InputCheck check, VariableScope scope, ProcessVariable<String> grading) {
        check.requiredText(grading, MAX_TEXT);
        Object value = scope.getVariable(grading.name());
        if (value instanceof String text && !text.isBlank()) {
            check.check(AuditGrading.of(text).isPresent(), InputCheck.labelOf(grading) + " must be " + AuditGrading.choices());
        }
        return check;
    }
}
