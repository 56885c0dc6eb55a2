package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.platform.process.CaseVariables.AUDITING_AGENCY;
import static org.iowscb.learningloop.platform.process.CaseVariables.AUDIT_DEADLINE;
import static org.iowscb.learningloop.platform.process.CaseVariables.AUDIT_FOCUS;
import static org.iowscb.learningloop.platform.process.CaseVariables.CASE_SAMPLE;
import static org.iowscb.learningloop.platform.process.CaseVariables.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.platform.process.CaseVariables.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.platform.process.CaseVariables.JOURNEY_FOCUS;
import static org.iowscb.learningloop.platform.process.CaseVariables.REVIEWING_AGENCY;
import static org.iowscb.learningloop.platform.process.CaseVariables.THEME;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.NEW_ISSUE;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.NEW_REVIEW_REFERENCE;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.NEW_REVIEW_TYPE;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.casereference.CaseStarter;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Directory;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closing the loop of Appendix 1: new issues found in evaluation start a new review or case audit,
 * of the type the Sub Group picks, as its own case pointing back to this cycle.
 */
@Configuration(proxyBeanMethods = false)
class FeedBack {

    static final StringListVariable NEW_REVIEW_AGENCIES = StringListVariable.stringListVariable("newReviewAgencies");
    static final Set<CaseType> NEW_REVIEW_TYPES = Set.of(CaseType.SERIOUS_CASE_REVIEW, CaseType.MULTI_AGENCY_CASE_REVIEW,
        CaseType.INDIVIDUAL_MANAGEMENT_REVIEW, CaseType.THEMATIC_CASE_AUDIT, CaseType.MULTI_AGENCY_CASE_AUDIT,
        CaseType.SINGLE_AGENCY_AUDIT);
    static final Set<CaseType> AUDITS = Set.of(CaseType.THEMATIC_CASE_AUDIT, CaseType.MULTI_AGENCY_CASE_AUDIT,
        CaseType.SINGLE_AGENCY_AUDIT);
    /** For a new audit: its pseudonymous case sample and its deadline. */
    static final ProcessVariable<String> NEW_AUDIT_SAMPLE = ProcessVariable.stringVariable("newAuditSample");
    static final ProcessVariable<String> NEW_AUDIT_DEADLINE = ProcessVariable.stringVariable("newAuditDeadline");
    static final int MAX_THEME = 200;
    static final int MAX_FOCUS = 1000;
    static final int MAX_ISSUE = 2000;

    /** What a learning cycle needs to start, wherever its findings come from. */
    @Bean
    CaseStartCheck learningCycleStartCheck() {
        return CycleStart.START_CHECK;
    }

    /**
     * The new review or audit: its type, the issue and the agencies, and for an audit its sample
     * and deadline. What the new case's own start would refuse is refused here, by its own check,
     * named by this form's fields: the step that starts it later cannot fail on what was typed.
     */
    @Bean
    TaskListener newReviewGuard(Directory directory, WorkingDays workingDays, CaseStarter starter) {
        return task -> {
            String type = NEW_REVIEW_TYPE.from(task).orElse(null);
            InputCheck check = InputCheck.of(task)
                .required(NEW_REVIEW_TYPE)
                .check(type == null || typeOf(type) != null, InputCheck.labelOf(NEW_REVIEW_TYPE) + " must be one of "
                    + NEW_REVIEW_TYPES.stream().map(CaseType::processKey).sorted().toList())
                .requiredText(NEW_ISSUE, MAX_ISSUE)
                .requiredList(NEW_REVIEW_AGENCIES, directory::isAgency, "agency");
            if (type != null && AUDITS.contains(typeOf(type))) {
                check.requiredText(NEW_AUDIT_SAMPLE, MAX_ISSUE)
                    .dateAfter(NEW_AUDIT_DEADLINE, workingDays.today(), "the audit's deadline must be after today");
            }
            if (check.problems().isEmpty()) {
                CaseType newCase = typeOf(type);
                starter.problemsOfStart(newCase, newCaseVariables(newCase, task, workingDays))
                    .forEach(problem -> check.check(false, asThisFormSays(problem)));
            }
            check.orReject();
        };
    }

    @Bean
    JavaDelegate startNewReview(CaseStarter starter, WorkingDays workingDays) {
        return execution -> {
            CaseType type = typeOf(NEW_REVIEW_TYPE.requiredFrom(execution));
            NEW_REVIEW_REFERENCE.set(execution, starter.start(type, execution.getProcessBusinessKey(),
                newCaseVariables(type, execution, workingDays)));
        };
    }

    /** The start variables of the new case, from what the Sub Group entered: the same for the check and the start. */
    static Map<String, Object> newCaseVariables(CaseType type, VariableScope entered, WorkingDays workingDays) {
        List<String> agencies = NEW_REVIEW_AGENCIES.from(entered);
        VariableMap variables = Variables.createVariables();
        if (!AUDITS.contains(type)) {
            INCIDENT_KNOWN_ON.putInto(variables, workingDays.today().toString());
            variables.putValue(INVOLVED_AGENCIES.name(), StringListVariable.valueOf(
                type == CaseType.INDIVIDUAL_MANAGEMENT_REVIEW ? agencies.subList(0, 1) : agencies));
            if (type == CaseType.INDIVIDUAL_MANAGEMENT_REVIEW) {
                REVIEWING_AGENCY.putInto(variables, agencies.get(0));
            }
            return variables;
        }
        String issue = NEW_ISSUE.requiredFrom(entered);
        CASE_SAMPLE.putInto(variables, NEW_AUDIT_SAMPLE.requiredFrom(entered));
        AUDIT_DEADLINE.putInto(variables, NEW_AUDIT_DEADLINE.requiredFrom(entered));
        switch (type) {
            case THEMATIC_CASE_AUDIT -> THEME.putInto(variables, cut(issue, MAX_THEME));
            case MULTI_AGENCY_CASE_AUDIT -> JOURNEY_FOCUS.putInto(variables, cut(issue, MAX_FOCUS));
            default -> {
                AUDITING_AGENCY.putInto(variables, agencies.get(0));
                AUDIT_FOCUS.putInto(variables, cut(issue, MAX_FOCUS));
            }
        }
        if (type != CaseType.SINGLE_AGENCY_AUDIT) {
            variables.putValue(INVOLVED_AGENCIES.name(), StringListVariable.valueOf(agencies));
        }
        return variables;
    }

    /** A problem of the new case's start, in the names of this form's fields. */
    static String asThisFormSays(String problem) {
        return problem.replace(InputCheck.labelOf(CASE_SAMPLE), InputCheck.labelOf(NEW_AUDIT_SAMPLE))
            .replace(InputCheck.labelOf(AUDIT_DEADLINE), InputCheck.labelOf(NEW_AUDIT_DEADLINE))
            .replace(InputCheck.labelOf(INVOLVED_AGENCIES.name()), InputCheck.labelOf(NEW_REVIEW_AGENCIES.name()))
            .replace(InputCheck.labelOf(REVIEWING_AGENCY), InputCheck.labelOf(NEW_REVIEW_AGENCIES.name()))
            .replace(InputCheck.labelOf(AUDITING_AGENCY), InputCheck.labelOf(NEW_REVIEW_AGENCIES.name()));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    static CaseType typeOf(String processKey) {
        return CaseType.ofProcessKey(processKey).filter(NEW_REVIEW_TYPES::contains).orElse(null);
    }
}
