package org.iowscb.learningloop.casereview.nationallearningreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.KEY_MESSAGES;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.LEARNING_APPLIES;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.NOT_APPLICABLE_REASON;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.PUBLICATION_LINK;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.PUBLICATION_TITLE;
import static org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.SOURCE_TYPE;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.casereview.nationallearningreview.NationalLearningReview.Elements;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@FixedClock("2026-03-10T10:00:00Z") // Tuesday 10 March 2026, 10:00 in London (GMT)
class NationalLearningReviewProcessTest extends ProcessTest {

    @Test
    @DisplayName("key messages go to the SCR Sub Group, due in two months")
    void keyMessagesGoToTheSubGroup() {
        ProcessInstance review = start(keyMessages());

        assertThat(review.getBusinessKey()).matches("NLR-2026-\\d{4}");
        assertThat(review).isWaitingAt(Elements.ASSESS_RELEVANCE).variables()
            .containsEntry(CaseVariables.CASE_REFERENCE.name(), review.getBusinessKey())
            .containsEntry(SOURCE_TYPE.name(), "other-board-serious-case-review");
        assertThat(task(review)).hasCandidateGroup(Groups.SCR_SUBGROUP).hasName("Assess the relevance to the island");
        // two months on is Sunday 10 May 2026: Monday 11 May, 17:00 BST
        assertThat(task(review).getDueDate()).isEqualTo(Instant.parse("2026-05-11T16:00:00Z"));
    }

    @Test
    @DisplayName("nothing applies to the island: the reason is recorded and nothing goes to the learning loop")
    void nothingApplies() {
        ProcessInstance review = start(keyMessages());
        complete(task(review), Variables.createVariables()
            .putValue(LEARNING_APPLIES.name(), false)
            .putValue(NOT_APPLICABLE_REASON.name(), "The island has no secure children's home"));

        assertThat(review).isEnded().hasPassed(Elements.NOTHING_APPLIES)
            .hasNotPassed(Elements.HAND_FINDINGS_TO_LEARNING_LOOP);
        assertThat(handovers.find(review.getBusinessKey())).isEmpty();
    }

    @Test
    @DisplayName("learning for the island: the findings go to the learning loop with the case reference")
    void learningPassedOn() {
        ProcessInstance review = start(keyMessages());
        complete(task(review), Variables.createVariables()
            .putValue(LEARNING_APPLIES.name(), true)
            .putValue(FINDINGS.name(), "Check that neglect toolkits are used in health visiting"));

        assertThat(review).isWaitingAt(Elements.HAND_FINDINGS_TO_LEARNING_LOOP);
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(review.getId()).list();
        assertThat(jobs).hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());

        assertThat(review).isEnded().hasPassed(Elements.LEARNING_PASSED_ON);
        var handover = handovers.find(review.getBusinessKey()).orElseThrow();
        assertThat(handover.sourceType()).isEqualTo(NationalLearningReview.KEY);
        assertThat(handover.findings()).isEqualTo("Check that neglect toolkits are used in health visiting");
    }

    @Test
    @DisplayName("an unknown source, no title, a link that is not a web address: all named, and nothing starts")
    void badKeyMessagesStartNothing() {
        long before = casesOf(NationalLearningReview.KEY);
        assertRefused(() -> start(Variables.createVariables()
            .putValue(SOURCE_TYPE.name(), "newspaper")
            .putValue(PUBLICATION_LINK.name(), "javascript:alert(1)")
            .putValue(KEY_MESSAGES.name(), "x".repeat(20_001))),
            "Please correct: Source must be one of national-research, "
                + "other-board-serious-case-review, childrens-commissioner, government-review, other; "
                + "Title or reference of the publication is required; Link to the publication must be a web address starting with https:// or http://; "
                + "Key messages is 20001 characters long; at most 20000 are accepted.");
        assertThat(casesOf(NationalLearningReview.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("the assessment needs the learning when it applies, and the reason when nothing does")
    void assessmentIsChecked() {
        ProcessInstance review = start(keyMessages());
        String task = task(review).getId();

        assertRefused(() -> engine.getTaskService().complete(task, Variables.createVariables())).hasMessage("Please correct: There is learning for practice on the Isle of Wight is required.");
        assertRefused(() -> engine.getTaskService().complete(task, Variables.createVariables()
            .putValue(LEARNING_APPLIES.name(), true))).hasMessage("Please correct: Key findings is required.");
        assertRefused(() -> engine.getTaskService().complete(task, Variables.createVariables()
            .putValue(LEARNING_APPLIES.name(), false))).hasMessage("Please correct: Why nothing applies to the island is required.");

        assertThat(review).isWaitingAt(Elements.ASSESS_RELEVANCE);
    }

    private static VariableMap keyMessages() {
        return Variables.createVariables()
            .putValue(SOURCE_TYPE.name(), "other-board-serious-case-review")
            .putValue(PUBLICATION_TITLE.name(), "Serious case review: Child J (another board, 2025)")
            .putValue(PUBLICATION_LINK.name(), "https://example.org/scr-child-j.pdf")
            .putValue(KEY_MESSAGES.name(), "Neglect went unrecognised; professionals did not share concerns");
    }

    private ProcessInstance start(VariableMap variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(NationalLearningReview.KEY, variables);
    }
}
