package org.iowscb.learningloop.learningcycle;

import static org.iowscb.learningloop.learningcycle.LearningCycle.NEW_ISSUE;
import static org.iowscb.learningloop.learningcycle.LearningCycle.NEW_REVIEW_REFERENCE;
import static org.iowscb.learningloop.learningcycle.LearningCycle.NEW_REVIEW_TYPE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.casereference.CaseStarter;
import org.iowscb.learningloop.casereference.CaseType;
import org.iowscb.learningloop.deadline.WorkingDays;
import org.iowscb.learningloop.identity.Directory;
import org.iowscb.learningloop.process.InputCheck;
import org.iowscb.learningloop.process.StringListVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closing the loop of Appendix 1: new issues found in evaluation start a new review or audit,
 * of the type the Sub Group picks, as its own case pointing back to this cycle.
 */
@Configuration(proxyBeanMethods = false)
class FeedBack {

    static final StringListVariable NEW_REVIEW_AGENCIES = StringListVariable.stringListVariable("newReviewAgencies");
    static final Set<CaseType> NEW_REVIEW_TYPES = Set.of(CaseType.SERIOUS_CASE_REVIEW, CaseType.MULTI_AGENCY_CASE_REVIEW,
        CaseType.INDIVIDUAL_MANAGEMENT_REVIEW);
    static final int MAX_ISSUE = 2000;

    @Bean
    TaskListener newReviewGuard(Directory directory) {
        return task -> {
            String type = NEW_REVIEW_TYPE.from(task).orElse(null);
            InputCheck.of(task)
                .required(NEW_REVIEW_TYPE)
                .check(type == null || typeOf(type) != null, "newReviewType must be one of "
                    + NEW_REVIEW_TYPES.stream().map(CaseType::processKey).sorted().toList())
                .requiredText(NEW_ISSUE, MAX_ISSUE)
                .requiredList(NEW_REVIEW_AGENCIES, directory::isAgency, "agency")
                .orReject();
        };
    }

    @Bean
    JavaDelegate startNewReview(CaseStarter starter, WorkingDays workingDays) {
        return execution -> {
            CaseType type = typeOf(NEW_REVIEW_TYPE.requiredFrom(execution));
            List<String> agencies = NEW_REVIEW_AGENCIES.from(execution);
            Map<String, Object> variables = new HashMap<>();
            variables.put("incidentKnownOn", workingDays.today().toString());
            variables.put("involvedAgencies", StringListVariable.valueOf(
                type == CaseType.INDIVIDUAL_MANAGEMENT_REVIEW ? agencies.subList(0, 1) : agencies));
            if (type == CaseType.INDIVIDUAL_MANAGEMENT_REVIEW) {
                variables.put("reviewingAgency", agencies.get(0));
            }
            NEW_REVIEW_REFERENCE.set(execution, starter.start(type, execution.getProcessBusinessKey(), variables));
        };
    }

    static CaseType typeOf(String processKey) {
        return CaseType.ofProcessKey(processKey).filter(NEW_REVIEW_TYPES::contains).orElse(null);
    }
}
