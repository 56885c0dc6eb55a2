package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.individualmanagementreview.IndividualManagementReview;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.junit.jupiter.api.Test;

/**
 * A form that both editions reach, as Tasklist renders it for a Working Together 2023 case: the
 * names of the board and the case review group are the case's edition's ({@code {{boardTerm}}},
 * {@code {{caseReviewGroupTerm}}}), including where the form chooses between a group's id and the
 * name (a dissemination that reports to the board).
 */
class EditionLabelsInBrowserTest extends BrowserTest {

    @Test
    void anAgencysReviewOfAWt2023CaseSaysTheCaseReviewGroupAcceptsIt() {
        clockAt("2150-03-03T10:00:00Z");
        String key = rest.startCase("bu", IndividualManagementReview.KEY, Map.of(
            CaseVariables.REVIEWING_AGENCY.name(), "agency-health", CaseVariables.INCIDENT_KNOWN_ON.name(), "2150-02-24"));
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(key)
            .taskDefinitionKey(IndividualManagementReview.Elements.REVIEW_OWN_INVOLVEMENT).singleResult();

        String text = formText("health", review, "Your agency is asked by");
        assertThat(text).contains("your review goes to the case review group, which accepts it",
            "Your agency is asked by the case review group to review its own involvement")
            .doesNotContain("{{", "Serious Case Review Sub Group", "SCR Sub Group");
    }

    @Test
    void aBriefingOfAWt2023CycleReportsToTheSafeguardingPartners() {
        clockAt("2150-03-03T10:00:00Z");
        String reference = starter.start(CaseType.LEARNING_CYCLE, "LCSPR-2150-0001", Map.of(
            LearningLoop.SOURCE_TYPE.name(), CaseType.LOCAL_CHILD_SAFEGUARDING_PRACTICE_REVIEW.processKey(),
            LearningLoop.FINDINGS.name(), "Partners did not share the bruising seen"));
        complete(reference, LearningCycle.Elements.IDENTIFY_LESSONS, Map.of(
            "lesson1Statement", "Share bruising on a non-mobile baby the same day",
            "lesson1Themes", List.of("information-sharing")));
        complete(reference, LearningCycle.Elements.PLAN_EMBEDDING, Map.of("lesson1Methods", List.of("BRIEFING")));
        Task disseminate = tasks.createTaskQuery().processInstanceBusinessKey(reference)
            .taskDefinitionKey(LearningCycle.Elements.DISSEMINATE).singleResult();

        String text = formText("bu", disseminate, "reporting to");
        assertThat(text).contains("reporting to the safeguarding partners.").doesNotContain("{{", "reporting to board");
    }

    private void complete(String reference, String taskKey, Map<String, Object> answers) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
        tasks.complete(task.getId(), Variables.fromMap(answers));
    }

    private String formText(String user, Task task, String shownOnceRendered) {
        TasklistPage tasklist = tasklistAs(user);
        tasklist.openTaskByAddress(task.getId());
        CamundaFormPage form = tasklist.form();
        tasklist.browser().waitUntil("the form's text is rendered", d -> form.text().contains(shownOnceRendered));
        tasklist.browser().screenshot("edition-labels-" + task.getTaskDefinitionKey());
        return form.text();
    }
}
