package org.iowscb.learningloop.audit.caseaudit;

import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.ACTION_PLAN;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.CHASE_NOTE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.ESCALATION_ACTION;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.EXTENDED_DEADLINE;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.LAST_RETURN_REASONS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MAX_TEXT;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATED_FINDINGS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATED_ON;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.MODERATE_WITHOUT_MISSING_RETURNS;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.OVERALL_GRADING;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.REPORT_ACCEPTED;
import static org.iowscb.learningloop.audit.caseaudit.CaseAudit.RETURN_REASONS;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.AgencyReturns;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a person enters in a multi-agency case audit (thematic or of a child's journey) after
 * the commission is checked before it is accepted: a clear 400 with the reason over REST, a
 * message on the form in Tasklist, and nothing saved. Both audit models wire these listeners.
 */
@Configuration(proxyBeanMethods = false)
class CaseAuditGuards {

    /** One agency's return with the standard audit tool; then collected for the moderation. */
    @Bean
    TaskListener caseAuditReturnGuard(AgencyReturns returns) {
        return task -> {
            AuditTool.check(InputCheck.of(task), task).orReject();
            AuditReturns.collect(task, returns);
        };
    }

    /** When the moderation's task is created, every agency's return (no agency task is open any more). */
    @Bean
    TaskListener caseAuditShowReturns(AgencyReturns returns) {
        return task -> AuditReturns.show(task, returns);
    }

    /** The business unit's note of whom it chased and how. */
    @Bean
    TaskListener caseAuditChaseGuard() {
        return task -> InputCheck.of(task).requiredText(CHASE_NOTE, MAX_TEXT).orReject();
    }

    /**
     * The PQA chair's escalation: what was done, and either moderate without the missing returns
     * or wait until a new deadline after today, which the open audit tasks then show as their due date.
     */
    @Bean
    TaskListener caseAuditEscalationGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .requiredText(ESCALATION_ACTION, MAX_TEXT)
                .required(MODERATE_WITHOUT_MISSING_RETURNS);
            boolean moderateNow = !Boolean.FALSE.equals(task.getVariable(MODERATE_WITHOUT_MISSING_RETURNS.name()));
            if (!moderateNow) {
                check.dateAfter(EXTENDED_DEADLINE, workingDays.today(), "the extended deadline must be after today");
            }
            check.orReject();
            if (!moderateNow) {
                ReturnsDeadline.extend(task, EXTENDED_DEADLINE.requiredFrom(task), workingDays);
            }
        };
    }

    /**
     * The moderation meeting (not in the future), the findings it agreed, the overall grading and
     * the proposed multi-agency action plan. Once revised, the reasons the report was returned
     * become the last return reasons, which the Sub Group sees beside the revision.
     */
    @Bean
    TaskListener caseAuditModerationGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .dateNotAfter(MODERATED_ON, workingDays.today(), "the moderation meeting cannot be in the future")
                .requiredText(MODERATED_FINDINGS, MAX_TEXT);
            AuditTool.checkGrading(check, task, OVERALL_GRADING)
                .requiredText(ACTION_PLAN, MAX_TEXT)
                .orReject();
            RETURN_REASONS.from(task).ifPresent(reasons -> {
                LAST_RETURN_REASONS.set(task, reasons);
                task.removeVariable(RETURN_REASONS.name());
            });
        };
    }

    /** The PQA Sub Group accepts the report, or returns it to the moderation with reasons. */
    @Bean
    TaskListener caseAuditReportAcceptanceGuard() {
        return task -> {
            InputCheck.of(task).acceptedOrReturnedWith(REPORT_ACCEPTED, RETURN_REASONS, MAX_TEXT).orReject();
        };
    }

    /** The confirmed multi-agency action plan and the findings the learning loop receives. */
    @Bean
    TaskListener caseAuditFindingsGuard() {
        return task -> InputCheck.of(task)
            .requiredText(ACTION_PLAN, MAX_TEXT)
            .requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS)
            .orReject();
    }
}
