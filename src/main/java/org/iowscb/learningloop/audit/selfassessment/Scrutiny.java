package org.iowscb.learningloop.audit.selfassessment;

import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ASSESSMENT_ACCEPTED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.CHALLENGE_WORKING_DAYS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.DUE_ON;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ESCALATION_NOTE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.MAX_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.process.InputCheck;

/** The PQA Sub Group's scrutiny and challenge of a self-assessment, and its escalation of a late one. */
final class Scrutiny {

    private final WorkingDays workingDays;

    Scrutiny(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /**
     * Accepted, or returned with a challenge the organisation can answer; a returned
     * self-assessment is due again {@value SelfAssessment#CHALLENGE_WORKING_DAYS} working days on.
     */
    void decide(DelegateTask task) {
        InputCheck.of(task).acceptedOrReturnedWith(ASSESSMENT_ACCEPTED, CHALLENGE, MAX_TEXT).orReject();
        if (InputCheck.returned(task, ASSESSMENT_ACCEPTED)) {
            DUE_ON.set(task, workingDays.addWorkingDays(workingDays.today(), CHALLENGE_WORKING_DAYS).toString());
        } else {
            CHALLENGE.set(task, null);
        }
    }

    /** What the Sub Group did about an organisation past its due date. */
    void escalate(DelegateTask task) {
        InputCheck.of(task).requiredText(ESCALATION_NOTE, MAX_TEXT).orReject();
    }
}
