package org.iowscb.learningloop.learning.improvementaction;

import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_DESCRIPTION;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_OUTCOME;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.ACTION_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.COMPLETED;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.DUE_ON;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE_ACCEPTED;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.EVIDENCE_CHECK;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.LAST_RETURN_REASONS;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.LESSON_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MAX_DESCRIPTION;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MAX_LESSON_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MAX_REFERENCE;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MAX_TEXT;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MONITORING_GROUP;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MONITORING_GROUPS;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.MONITORING_GROUPS_GIVEN;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.OWNER_GROUP;
import static org.iowscb.learningloop.learning.improvementaction.ImprovementAction.RETURN_REASONS;

import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseChoices;
import org.iowscb.learningloop.platform.casereference.CaseReferenceService;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.learning.LearningRegister.ActionState;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a person enters for an improvement action is checked before it is accepted (a 400 with the
 * reason over REST, a message on the form in Tasklist, nothing saved), and the learning register
 * follows each accepted step in the same transaction: a refused or rolled-back step leaves no
 * register entry. {@link OverdueActionSteps} does the same for the escalation.
 */
@Configuration(proxyBeanMethods = false)
class ImprovementActionGuards {

    static final String EVIDENCE_SAYS_DONE =
        "evidence: say what changed in practice, not just 'done' (at least " + ImprovementAction.MIN_EVIDENCE
            + " characters)";

    /**
     * An action needs what is to be done, an owner group that exists, a due date in the future and
     * its monitoring sub-group(s). It gets its own ACT reference (the business key when started
     * directly; a new one when a learning cycle calls it with the cycle's key) and its register entry.
     */
    @Bean
    CaseStartCheck actionStartCheck(IdentityService identity, WorkingDays workingDays, LearningRegister register,
                                    CaseChoices cases) {
        return CaseStartCheck.of(CaseType.IMPROVEMENT_ACTION, (check, start) -> {
            String owner = trimmed(start.getVariable(OWNER_GROUP.name()));
            String lesson = trimmed(start.getVariable(LESSON_REFERENCE.name()));
            String source = trimmed(start.getVariable(CaseVariables.SOURCE_REFERENCE.name()));
            check.requiredText(ACTION_DESCRIPTION, MAX_DESCRIPTION)
                .requiredText(OWNER_GROUP, 64)
                .dateAfter(DUE_ON, workingDays.today(), "the due date must be in the future")
                .requiredList(MONITORING_GROUPS_GIVEN, MONITORING_GROUPS::contains, "monitoring sub-group")
                .optionalText(LESSON_REFERENCE, MAX_LESSON_REFERENCE)
                .optionalText(CaseVariables.SOURCE_REFERENCE, MAX_REFERENCE);
            if (owner != null && !owner.isEmpty()) {
                check.check(canOwnActions(identity, owner), InputCheck.labelOf(OWNER_GROUP) + ": '" + owner + "' is not a known group");
            }
            if (lesson != null && !lesson.isEmpty() && lesson.length() <= MAX_LESSON_REFERENCE) {
                check.check(register.hasLesson(lesson), InputCheck.labelOf(LESSON_REFERENCE) + ": '" + lesson
                    + "' is not a lesson in the learning register");
            }
            if (source != null && !source.isEmpty() && source.length() <= MAX_REFERENCE) {
                check.check(source.equals(callingCase(start)) || cases.isCase(source),
                    InputCheck.labelOf(CaseVariables.SOURCE_REFERENCE) + ": '" + source + "' is not a case of the board");
            }
        });
    }

    /** The case whose step starts this action (a learning cycle's plan), which may not be in history yet. */
    private static String callingCase(org.camunda.bpm.engine.delegate.VariableScope start) {
        if (start instanceof DelegateExecution execution && execution.getSuperExecution() != null) {
            return execution.getSuperExecution().getProcessBusinessKey();
        }
        return null;
    }

    @Bean
    ExecutionListener actionStartGuard(IdentityService identity, WorkingDays workingDays,
                                       CaseReferenceService references, LearningRegister register, CaseChoices cases) {
        CaseStartCheck startCheck = actionStartCheck(identity, workingDays, register, cases);
        return execution -> {
            String owner = trimmed(execution.getVariable(OWNER_GROUP.name()));
            startCheck.orReject(execution);

            OWNER_GROUP.set(execution, owner);
            MONITORING_GROUP.set(execution, String.join(",", MONITORING_GROUPS_GIVEN.from(execution)));
            String reference = actionReference(execution, references);
            ACTION_REFERENCE.set(execution, reference);
            register.recordAction(reference, execution.getProcessBusinessKey(),
                LESSON_REFERENCE.from(execution).filter(lesson -> !lesson.isBlank()).orElse(null),
                ACTION_DESCRIPTION.requiredFrom(execution), owner, MONITORING_GROUP.requiredFrom(execution),
                LocalDate.parse(DUE_ON.requiredFrom(execution)));
        };
    }

    /** The owner says what changed in practice, not just "done"; the register keeps it. */
    @Bean
    TaskListener actionEvidenceGuard(LearningRegister register) {
        return task -> {
            String evidence = trimmed(task.getVariable(EVIDENCE.name()));
            InputCheck check = InputCheck.of(task).requiredText(EVIDENCE, MAX_TEXT).optionalText(EVIDENCE_CHECK, MAX_TEXT);
            if (evidence != null && !evidence.isEmpty()) {
                check.check(Evidence.saysWhatChanged(evidence), EVIDENCE_SAYS_DONE);
            }
            check.orReject();

            register.actionEvidence(ACTION_REFERENCE.requiredFrom(task), evidence);
            RETURN_REASONS.from(task).ifPresent(reasons -> {
                LAST_RETURN_REASONS.set(task, reasons);
                task.removeVariable(RETURN_REASONS.name());
            });
        };
    }

    /** The monitoring sub-group accepts the evidence (the action is completed) or returns it with reasons. */
    @Bean
    TaskListener evidenceDecisionGuard(LearningRegister register, WorkingDays workingDays) {
        return task -> {
            InputCheck.of(task).acceptedOrReturnedWith(EVIDENCE_ACCEPTED, RETURN_REASONS, MAX_TEXT).orReject();

            String reference = ACTION_REFERENCE.requiredFrom(task);
            if (EVIDENCE_ACCEPTED.requiredFrom(task)) {
                register.completeAction(reference, workingDays.today());
                ACTION_OUTCOME.set(task, COMPLETED);
            } else {
                register.actionState(reference, ActionState.RETURNED);
            }
        };
    }

    /** The business key when it is an ACT reference (started directly); a new ACT reference otherwise. */
    private static String actionReference(DelegateExecution execution, CaseReferenceService references) {
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey.startsWith(CaseType.IMPROVEMENT_ACTION.prefix() + "-")) {
            return businessKey;
        }
        return references.next(CaseType.IMPROVEMENT_ACTION);
    }

    /** Any existing group but the administrators: an agency, a school, the business unit, a role group. */
    private static boolean canOwnActions(IdentityService identity, String groupId) {
        return !Groups.CAMUNDA_ADMIN.equals(groupId) && identity.createGroupQuery().groupId(groupId).count() == 1;
    }

    private static String trimmed(Object value) {
        return value instanceof String text ? text.trim() : null;
    }
}
