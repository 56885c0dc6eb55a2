package org.iowscb.learningloop.audit.singleagencyaudit;

import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.ACTION_PLAN;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDITING_AGENCY;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_ACCEPTED;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_DEADLINE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_DUE_ON;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_FOCUS;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.AUDIT_QUESTIONS;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.CHALLENGE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.CHALLENGE_WORKING_DAYS;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.CHASE_NOTE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.LAST_CHALLENGE;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.MAX_AUDIT_FOCUS;
import static org.iowscb.learningloop.audit.singleagencyaudit.SingleAgencyAudit.MAX_TEXT;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.audit.caseaudit.AuditTool;
import org.iowscb.learningloop.audit.caseaudit.CaseSample;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a person enters in a single agency audit is checked before it is accepted: a clear 400
 * with the reason over REST, a message on the form in Tasklist, and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class SingleAgencyAuditGuards {

    /**
     * An audit needs the agency that audits itself (an existing agency group), what practice it
     * audits, the case sample (case references, never names) and a deadline after today.
     */
    @Bean
    CaseStartCheck saaStartCheck(Directory directory, WorkingDays workingDays) {
        return CaseStartCheck.of(CaseType.SINGLE_AGENCY_AUDIT, (check, start) -> {
            check.requiredOneOf(AUDITING_AGENCY, directory::isAgency, "agency")
                .requiredText(AUDIT_FOCUS, MAX_AUDIT_FOCUS)
                .optionalText(AUDIT_QUESTIONS, MAX_TEXT);
            CaseSample.caseSample().check(check, start);
            check.dateAfter(AUDIT_DEADLINE, workingDays.today(), "the deadline must be after today");
        });
    }

    @Bean
    ExecutionListener saaStartGuard(Directory directory, WorkingDays workingDays) {
        CaseStartCheck startCheck = saaStartCheck(directory, workingDays);
        return execution -> {
            CaseSample sample = CaseSample.caseSample();
            startCheck.orReject(execution);
            String agency = execution.getVariable(AUDITING_AGENCY.name()) instanceof String text ? text.trim() : "";

            AUDITING_AGENCY.set(execution, agency);
            INVOLVED_AGENCIES.set(execution, List.of(agency));
            sample.normalize(execution);
            AUDIT_DUE_ON.set(execution, AUDIT_DEADLINE.requiredFrom(execution));
        };
    }

    /**
     * The agency's audit with the standard audit tool and its action plan. Once it has answered a
     * challenge, the challenge becomes the last challenge, which the Sub Group sees beside the answer.
     */
    @Bean
    TaskListener saaAgencyAuditGuard() {
        return task -> {
            AuditTool.check(InputCheck.of(task), task).requiredText(ACTION_PLAN, MAX_TEXT).orReject();
            CHALLENGE.from(task).ifPresent(challenge -> {
                LAST_CHALLENGE.set(task, challenge);
                task.removeVariable(CHALLENGE.name());
            });
        };
    }

    /** The business unit's note of how it chased the overdue audit. */
    @Bean
    TaskListener saaChaseGuard() {
        return task -> InputCheck.of(task).requiredText(CHASE_NOTE, MAX_TEXT).orReject();
    }

    /**
     * The PQA Sub Group accepts the audit, or challenges it: the challenge is required and the
     * agency has {@value SingleAgencyAudit#CHALLENGE_WORKING_DAYS} working days to answer it.
     */
    @Bean
    TaskListener saaAcceptanceGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck.of(task).acceptedOrReturnedWith(AUDIT_ACCEPTED, CHALLENGE, MAX_TEXT).orReject();
            if (InputCheck.returned(task, AUDIT_ACCEPTED)) {
                AUDIT_DUE_ON.set(task, workingDays.addWorkingDays(workingDays.today(), CHALLENGE_WORKING_DAYS).toString());
            }
        };
    }

    /** The findings the learning loop receives: required, no longer than it accepts. */
    @Bean
    TaskListener saaFindingsGuard() {
        return task -> InputCheck.of(task)
            .requiredText(LearningLoop.FINDINGS, LearningLoop.MAX_FINDINGS)
            .orReject();
    }
}
