package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.audit.section11audit.Section11Audit;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessment;
import org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview;
import org.iowscb.learningloop.support.FixedClock;
import org.junit.jupiter.api.Test;

/**
 * A checklist of agencies, ticked in Tasklist and submitted, reaches the case. Tasklist sends the
 * ticks typed as the list the form edits or, on a start form, as its list of options: both lists
 * the engine keeps as object values, which the input gate once refused, so that no section 11 audit
 * could be started and no review panel set up from Tasklist.
 */
@FixedClock(FixedClock.MONDAY_2_NOVEMBER_2026)
class ChecklistsInTasklistInBrowserTest extends BrowserTest {

    @Test
    void aStartFormsChecklistStartsTheAuditForTheAgenciesTicked() {
        TasklistPage pqa = tasklistAs("pqa-chair");
        Set<String> before = audits();
        pqa.openStartForm("Section 11 audit (Children Act 2004 self-assessment)");
        CamundaFormPage start = pqa.form();
        start.tick(Section11Audit.AGENCIES.name(), "Police");
        start.tick(Section11Audit.AGENCIES.name(), "Health");
        start.fillDate(SelfAssessment.DEADLINE.name(), LocalDate.parse("2027-01-29"));
        pqa.start();
        pqa.browser().waitUntil("the section 11 audit is started, or Tasklist shows why not",
            d -> pqa.showsErrorNotification() || audits().size() > before.size());
        assertThat(pqa.showsErrorNotification()).as("Tasklist refused the start form").isFalse();
        String audit = audits().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
        assertThat(runtime.getVariable(audit, Section11Audit.AGENCIES.name()))
            .isEqualTo(List.of("agency-police", "agency-health"));
    }

    @Test
    void aTaskFormsChecklistOverTheCasesListCompletesTheTask() {
        ProcessInstance review = runtime.startProcessInstanceByKey(MultiAgencyCaseReview.KEY, Variables.createVariables()
            .putValue(MultiAgencyCaseReview.INVOLVED_AGENCIES.name(), "agency-police")
            .putValue(MultiAgencyCaseReview.INCIDENT_KNOWN_ON.name(), "2026-10-30"));
        Task setUp = tasks.createTaskQuery().processInstanceId(review.getId())
            .taskDefinitionKey(MultiAgencyCaseReview.Elements.SET_UP_PANEL).singleResult();

        TasklistPage chair = tasklistAs("scr-chair");
        chair.showCaseUnder(MY_GROUPS_TASKS, review.getBusinessKey());
        chair.openTask(setUp.getId());
        chair.claim();
        CamundaFormPage form = chair.form();
        form.fillText(MultiAgencyCaseReview.SCOPE.name(), "Contacts with the family, June to October");
        form.fillText(MultiAgencyCaseReview.TERMS_OF_REFERENCE.name(), "How did police and health share information?");
        form.tick(MultiAgencyCaseReview.INVOLVED_AGENCIES.name(), "Health");
        chair.complete();
        waitUntilCompleted(chair.browser(), setUp);

        assertThat(runtime.getVariable(review.getId(), MultiAgencyCaseReview.INVOLVED_AGENCIES.name()))
            .as("the agencies the chair left ticked").isEqualTo(List.of("agency-police", "agency-health"));
    }

    private Set<String> audits() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(Section11Audit.KEY).list().stream()
            .map(instance -> instance.getId()).collect(Collectors.toSet());
    }
}
