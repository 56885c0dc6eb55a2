package org.iowscb.learningloop.audit.caseaudit;

import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AUDIT_DEADLINE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.AUDIT_QUESTIONS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MAX_TEXT;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.REMINDER_DATE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.REMINDER_WORKING_DAYS_BEFORE_DEADLINE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.RETURNS_DUE_ON;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The commission of a multi-agency case audit, checked when it starts (from its start form, over
 * REST, or from another case): its focus (the theme, or the part of the child's journey), the
 * case sample (case references, never names), the agencies taking part (existing agency groups)
 * and a deadline after today. The audit then gets its timetable: the returns are due on the
 * deadline, and the business unit is reminded {@value CaseAudit#REMINDER_WORKING_DAYS_BEFORE_DEADLINE}
 * working days before it (today when that is already past).
 */
@Component
public class CaseAuditCommissioning {

    private final Directory directory;
    private final WorkingDays workingDays;

    CaseAuditCommissioning(Directory directory, WorkingDays workingDays) {
        this.directory = directory;
        this.workingDays = workingDays;
    }

    /** The start check of an audit of this focus: the same rules wherever its commission comes from. */
    public CaseStartCheck startCheck(CaseType type, ProcessVariable<String> focus, int maxFocusLength) {
        return CaseStartCheck.of(type, (check, start) -> check(check, start, focus, maxFocusLength));
    }

    /** Adds every problem of the commission in {@code start} to {@code check}; writes nothing. */
    void check(InputCheck check, VariableScope start, ProcessVariable<String> focus, int maxFocusLength) {
        check.requiredText(focus, maxFocusLength).optionalText(AUDIT_QUESTIONS, MAX_TEXT);
        CaseSample.caseSample().check(check, start);
        check.requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency")
            .dateAfter(AUDIT_DEADLINE, workingDays.today(), "the deadline must be after today");
    }

    /** Refuses a commission with a problem; otherwise stores it in its checked form. */
    public void accept(DelegateExecution execution, ProcessVariable<String> focus, int maxFocusLength) {
        LocalDate today = workingDays.today();
        CaseSample sample = CaseSample.caseSample();
        InputCheck check = InputCheck.of(execution);
        check(check, execution, focus, maxFocusLength);
        check.orReject();

        sample.normalize(execution);
        INVOLVED_AGENCIES.set(execution, INVOLVED_AGENCIES.from(execution));
        LocalDate deadline = LocalDate.parse(AUDIT_DEADLINE.requiredFrom(execution));
        RETURNS_DUE_ON.set(execution, deadline.toString());
        LocalDate reminder = workingDaysBefore(workingDays.addWorkingDays(deadline, 0),
            REMINDER_WORKING_DAYS_BEFORE_DEADLINE);
        REMINDER_DATE.set(execution, (reminder.isBefore(today) ? today : reminder).toString());
        AuditReturns.start(execution);
    }

    /** The working day {@code count} working days before {@code date}. */
    LocalDate workingDaysBefore(LocalDate date, int count) {
        LocalDate day = date;
        for (int counted = 0; counted < count; ) {
            day = day.minusDays(1);
            if (workingDays.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
