package org.iowscb.learningloop.audit;

import java.time.LocalDate;
import java.util.Optional;

import org.iowscb.learningloop.audit.caseaudit.CaseAudit;
import org.iowscb.learningloop.platform.process.FormAnswers;
import org.springframework.stereotype.Component;

/**
 * What a person typically enters in the audits' forms where a field's type cannot tell: a case
 * sample of agency case numbers (never a name), how many cases were audited, the day of moderation.
 */
@Component
class AuditFormAnswers implements FormAnswers {

    @Override
    public Optional<Object> answer(String formId, String fieldKey, LocalDate today) {
        if (fieldKey.equals(CaseAudit.CASE_SAMPLE.name())) {
            return Optional.of("POL-1043, HLT-2210, CSC-3187");
        }
        if (fieldKey.equals(CaseAudit.CASES_AUDITED.name())) {
            return Optional.of(3L);
        }
        if (fieldKey.equals(CaseAudit.MODERATED_ON.name())) {
            return Optional.of(today.toString());
        }
        return Optional.empty();
    }
}
