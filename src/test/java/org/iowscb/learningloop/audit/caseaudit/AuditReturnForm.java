package org.iowscb.learningloop.audit.caseaudit;

import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AGENCY_LEARNING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CASES_AUDITED;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.DID_NOT_WORK_WELL;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.GRADING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.WORKED_WELL;

import java.util.HashMap;
import java.util.Map;

/** An agency's audit return as the standard audit tool's form sends it over REST. */
public final class AuditReturnForm {

    private AuditReturnForm() {
    }

    /** Two cases audited, what worked well and this grading; a map the caller may add to. */
    public static Map<String, Object> of(String workedWell, String grading) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(CASES_AUDITED.name(), 2);
        answers.put(WORKED_WELL.name(), workedWell);
        answers.put(DID_NOT_WORK_WELL.name(), "Chronologies not shared");
        answers.put(GRADING.name(), grading);
        answers.put(AGENCY_LEARNING.name(), "Share chronologies at the strategy discussion");
        return answers;
    }
}
