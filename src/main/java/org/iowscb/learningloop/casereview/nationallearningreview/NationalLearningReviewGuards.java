package org.iowscb.learningloop.casereview.nationallearningreview;

import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;
import static org.iowscb.learningloop.learning.LearningLoop.MAX_FINDINGS;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.KEY_MESSAGES;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.LEARNING_APPLIES;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.MAX_LINK;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.MAX_TEXT;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.MAX_TITLE;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.NOT_APPLICABLE_REASON;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.PUBLICATION_LINK;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.PUBLICATION_TITLE;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.SOURCE_TYPE;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.SOURCE_TYPES;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the SCR Sub Group enters about national learning is checked before it is accepted: a
 * clear 400 with the reason over REST, a message on the form in Tasklist, and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class NationalLearningReviewGuards {

    /** On the start event: where the key messages come from, the publication and the messages. */
    @Bean
    ExecutionListener keyMessagesGuard() {
        return execution -> {
            Object source = execution.getVariable(SOURCE_TYPE.name());
            Object link = execution.getVariable(PUBLICATION_LINK.name());
            InputCheck.of(execution)
                .required(SOURCE_TYPE)
                .check(source == null || SOURCE_TYPES.contains(source),
                    InputCheck.labelOf(SOURCE_TYPE) + " must be one of " + String.join(", ", SOURCE_TYPES))
                .requiredText(PUBLICATION_TITLE, MAX_TITLE)
                .optionalText(PUBLICATION_LINK, MAX_LINK)
                .check(link == null || String.valueOf(link).isBlank() || String.valueOf(link).matches("(?i)https?://\\S+"),
                    InputCheck.labelOf(PUBLICATION_LINK) + " must be a web address starting with https:// or http://")
                .requiredText(KEY_MESSAGES, MAX_TEXT)
                .orReject();
        };
    }

    /** The Sub Group's assessment: the learning for the island, or why nothing applies. */
    @Bean
    TaskListener relevanceAssessmentGuard() {
        return task -> {
            InputCheck check = InputCheck.of(task).required(LEARNING_APPLIES);
            if (Boolean.TRUE.equals(task.getVariable(LEARNING_APPLIES.name()))) {
                check.requiredText(FINDINGS, MAX_FINDINGS).optionalText(NOT_APPLICABLE_REASON, MAX_TEXT);
            } else if (Boolean.FALSE.equals(task.getVariable(LEARNING_APPLIES.name()))) {
                check.requiredText(NOT_APPLICABLE_REASON, MAX_TEXT).optionalText(FINDINGS, MAX_FINDINGS);
            }
            check.orReject();
        };
    }
}
