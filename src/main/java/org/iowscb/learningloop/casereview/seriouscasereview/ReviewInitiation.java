package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.CHILD_DIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INITIATED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INVOLVED_AGENCIES;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.stereotype.Component;

/**
 * Start of a serious case review ({@code ${scrInitiation}}), from the start form or from a
 * referral: the decision to initiate is dated today unless a date is given, never in the future
 * nor before the incident was known; the involved agencies are existing agency groups, stored as
 * a list the agencies' report tasks iterate.
 */
@Component("scrInitiation")
class ReviewInitiation implements ExecutionListener {

    private final Directory directory;
    private final WorkingDays workingDays;

    ReviewInitiation(Directory directory, WorkingDays workingDays) {
        this.directory = directory;
        this.workingDays = workingDays;
    }

    /** What a serious case review needs to start, from its form or from another case. */
    CaseStartCheck startCheck() {
        return CaseStartCheck.of(CaseType.SERIOUS_CASE_REVIEW, this::check);
    }

    /** The agencies, and the day of the decision (today when not given): not ahead, not before the incident. */
    private void check(InputCheck check, VariableScope start) {
        LocalDate today = workingDays.today();
        check.requiredList(INVOLVED_AGENCIES, directory::isAgency, "agency");
        boolean dated = Inputs.text(start, INITIATED_ON).isPresent() || wrongType(start);
        if (dated) {
            check.dateNotAfter(INITIATED_ON, today, "the decision to initiate cannot be dated in the future");
            Inputs.date(start, INCIDENT_KNOWN_ON).ifPresent(known -> check
                .dateAfter(INITIATED_ON, known.minusDays(1),
                    "the decision to initiate cannot come before the incident was known on " + known));
        }
        Object childDied = start.getVariable(CHILD_DIED.name());
        check.check(childDied == null || childDied instanceof Boolean, InputCheck.labelOf(CHILD_DIED) + " must be true or false");
    }

    @Override
    public void notify(DelegateExecution execution) {
        InputCheck check = InputCheck.of(execution);
        check(check, execution);
        check.orReject();
        if (Inputs.text(execution, INITIATED_ON).isEmpty()) {
            INITIATED_ON.set(execution, workingDays.today().toString());
        }
        INVOLVED_AGENCIES.set(execution, INVOLVED_AGENCIES.from(execution));
    }

    private static boolean wrongType(VariableScope execution) {
        Object value = execution.getVariable(INITIATED_ON.name());
        return value != null && !(value instanceof String);
    }
}
