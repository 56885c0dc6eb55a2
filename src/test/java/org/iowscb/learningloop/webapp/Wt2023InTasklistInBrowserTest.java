package org.iowscb.learningloop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview;
import org.iowscb.learningloop.casereview.rapidreview.RapidReview;
import org.iowscb.learningloop.casereview.seriousincidentnotification.SeriousIncidentNotification;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.LocalReviewCase;
import org.junit.jupiter.api.Test;

/**
 * Working Together 2023 in Tasklist, as a newcomer follows it: children's services notify a
 * serious incident from the start form and complete the notifications, the business unit, the
 * police and the SCR Sub Group (the safeguarding partners' case review group) take the rapid
 * review through its forms to the decision to hold a local child safeguarding practice review,
 * the business unit appoints its reviewer in the form, and once the review is published (its
 * later steps over the Java API) its first learning-cycle task waits in the SCR Sub Group chair's
 * Tasklist, under the local review's case reference.
 * <p>
 * The serious incident notification, the rapid review and the local review follow wt2023 whenever
 * they start (the shared context switches only other cases at 2150), so the clock stays on a
 * Monday of 2026 and Tasklist's due dates read as a person would expect them.
 */
@FixedClock(FixedClock.MONDAY_2_NOVEMBER_2026)
class Wt2023InTasklistInBrowserTest extends BrowserTest {

    static final String SIN_NAME = "Serious incident notification (Working Together 2023)";
    static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    /** The Friday before: when the local authority learnt of the incident. */
    static final LocalDate INCIDENT_KNOWN_ON = LocalDate.parse("2026-10-30");
    /** 7 working days after the report went to the Panel and the Secretary of State on Monday 2 November. */
    static final String PUBLICATION_DAY = "2026-11-11";
    static final String REVIEWER_NAME = "Independent Reviewer (reviewer)";
    static final String LCSPR_FINDINGS = "Police call-outs to the home were not shared with the health visitor";

    private final Map<String, TasklistPage> signedIn = new HashMap<>();

    @Test
    void aSeriousIncidentFromItsNotificationThroughTheRapidReviewAndTheLocalReviewToItsLessons() {
        // ---- Serious incident notification: children's services, who hold the duty to notify -----
        TasklistPage childrensServices = as("childrens-services");
        childrensServices.filterNames();
        childrensServices.openStartForm(SIN_NAME);
        CamundaFormPage start = childrensServices.form();
        assertThat(start.text()).as("the start form").contains("Working Together 2023");
        start.fillDate(SeriousIncidentNotification.INCIDENT_KNOWN_ON.name(), INCIDENT_KNOWN_ON);
        start.fillText(SeriousIncidentNotification.CHILD_AGE_YEARS.name(), "4");
        start.setCheckbox(SeriousIncidentNotification.ABUSE_OR_NEGLECT.name(), true);
        start.setCheckbox(SeriousIncidentNotification.CHILD_SERIOUSLY_HARMED.name(), true);
        start.choose(SeriousIncidentNotification.REFERRING_AGENCY.name(), "Police");
        start.fillText(SeriousIncidentNotification.SUMMARY.name(), "A toddler admitted with burns; two police call-outs before");
        childrensServices.browser().screenshot("tasklist-wt2023-serious-incident-start");
        Set<String> before = notifications();
        childrensServices.start();
        childrensServices.browser().waitUntil("the serious incident notification is started",
            d -> notifications().size() == before.size() + 1);
        String started = notifications().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
        ProcessInstance notification = runtime.createProcessInstanceQuery().processInstanceId(started).singleResult();
        String sin = notification.getBusinessKey();
        assertThat(runtime.getVariable(started, CaseVariables.EDITION.name())).isEqualTo("wt2023");

        CamundaFormPage panel = open(childrensServices, sin, SeriousIncidentNotification.Elements.NOTIFY_PANEL);
        panel.fillDate(SeriousIncidentNotification.PANEL_NOTIFIED_ON.name(), TODAY);
        panel.fillText(SeriousIncidentNotification.PANEL_NOTIFIED_HOW.name(), "Online notification system");
        submit(childrensServices, sin, SeriousIncidentNotification.Elements.NOTIFY_PANEL);
        CamundaFormPage partners = open(childrensServices, sin, SeriousIncidentNotification.Elements.TELL_SAFEGUARDING_PARTNERS);
        partners.fillDate(SeriousIncidentNotification.PARTNERS_TOLD_ON.name(), TODAY);
        partners.fillText(SeriousIncidentNotification.PARTNERS_TOLD_HOW.name(), "Email to the three partners");
        submit(childrensServices, sin, SeriousIncidentNotification.Elements.TELL_SAFEGUARDING_PARTNERS);
        executeJobsOf(sin);
        String rapid = (String) historicVariable(started, SeriousIncidentNotification.RAPID_REVIEW_REFERENCE.name());
        assertThat(rapid).as("the rapid review the notification started").startsWith("RR-");

        // ---- Rapid review: the facts, the criteria, the partners' decision, the Panel -------------
        TasklistPage businessUnit = as("bu");
        CamundaFormPage ask = open(businessUnit, rapid, RapidReview.Elements.ASK_AGENCIES_FOR_FACTS);
        ask.tick(RapidReview.INVOLVED_AGENCIES.name(), "Police");
        submit(businessUnit, rapid, RapidReview.Elements.ASK_AGENCIES_FOR_FACTS);

        TasklistPage police = as("police");
        CamundaFormPage facts = open(police, rapid, RapidReview.Elements.PROVIDE_AGENCY_FACTS);
        facts.fillText(RapidReview.AGENCY_FACTS.name(), "Two call-outs in October; neither shared with health");
        submit(police, rapid, RapidReview.Elements.PROVIDE_AGENCY_FACTS);

        TasklistPage scrChair = as("scr-chair");
        CamundaFormPage criteria = open(scrChair, rapid, RapidReview.Elements.CONSIDER_CRITERIA);
        assertThat(criteria.text()).as("the police's facts before the criteria").contains("Two call-outs in October");
        criteria.setCheckbox(RapidReview.IMPROVEMENTS_NEEDED.name(), true);
        criteria.setCheckbox(RapidReview.AGENCIES_WORKING_TOGETHER_CONCERN.name(), true);
        submit(scrChair, rapid, RapidReview.Elements.CONSIDER_CRITERIA);

        CamundaFormPage decide = open(scrChair, rapid, RapidReview.Elements.DECIDE_LCSPR);
        decide.pick(RapidReview.DECIDED_REVIEW.name(), "Hold a local child safeguarding practice review");
        decide.fillText(RapidReview.DECISION_REASONS.name(), "Two agencies did not share what they knew");
        scrChair.browser().screenshot("tasklist-wt2023-rapid-review-decision");
        submit(scrChair, rapid, RapidReview.Elements.DECIDE_LCSPR);

        CamundaFormPage send = open(businessUnit, rapid, RapidReview.Elements.SEND_TO_PANEL);
        send.fillDate(RapidReview.SENT_TO_PANEL_ON.name(), TODAY);
        submit(businessUnit, rapid, RapidReview.Elements.SEND_TO_PANEL);
        CamundaFormPage response = open(businessUnit, rapid, RapidReview.Elements.RECORD_PANEL_RESPONSE);
        response.pick(RapidReview.PANEL_RESPONSE.name(), "The Panel agrees");
        submit(businessUnit, rapid, RapidReview.Elements.RECORD_PANEL_RESPONSE);
        CamundaFormPage learning = open(scrChair, rapid, RapidReview.Elements.RECORD_FINDINGS);
        learning.fillText(RapidReview.FINDINGS.name(), "Call-outs are not shared with health");
        submit(scrChair, rapid, RapidReview.Elements.RECORD_FINDINGS);
        executeJobsOf(rapid);
        String rapidId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(rapid).singleResult().getId();
        String lcspr = (String) historicVariable(rapidId, RapidReview.LCSPR_REFERENCE.name());
        assertThat(lcspr).as("the local review the partners decided on").startsWith("LCSPR-");

        // ---- The local review: its reviewer appointed in the form ---------------------------------
        CamundaFormPage appoint = open(businessUnit, lcspr, LocalChildSafeguardingPracticeReview.Elements.APPOINT_REVIEWER);
        appoint.choose(LocalChildSafeguardingPracticeReview.INDEPENDENT_REVIEWER.name(), REVIEWER_NAME);
        appoint.setCheckbox(LocalChildSafeguardingPracticeReview.REVIEWER_INDEPENDENCE_CONFIRMED.name(), true);
        appoint.fillText(LocalChildSafeguardingPracticeReview.INDEPENDENCE_STATEMENT.name(),
            "No role in the case or in any agency reviewed");
        businessUnit.browser().screenshot("tasklist-wt2023-lcspr-appoint-reviewer");
        submit(businessUnit, lcspr, LocalChildSafeguardingPracticeReview.Elements.APPOINT_REVIEWER);
        ProcessInstance review = runtime.createProcessInstanceQuery().processInstanceBusinessKey(lcspr).singleResult();
        assertThat(runtime.getVariable(review.getId(), LocalChildSafeguardingPracticeReview.INDEPENDENT_REVIEWER.name()))
            .isEqualTo(LocalReviewCase.REVIEWER);
        assertThat(runtime.getVariable(review.getId(), CaseVariables.EDITION.name())).isEqualTo("wt2023");

        // ---- its later steps, as their forms give them, to publication and the findings ----------
        LocalReviewCase.of(engine, review).termsAgreed().practitionersAndFamilyInvolved(TODAY.toString()).drafted().accepted()
            .sentForPublication(TODAY.toString(), PUBLICATION_DAY);
        clockAt(PUBLICATION_DAY + "T10:00:00Z");
        LocalReviewCase.of(engine, review).published(PUBLICATION_DAY, "https://example.org/lcspr").partnersResponded()
            .findingsHandedOver(LCSPR_FINDINGS);
        String cycle = completedAndHandedOver(lcspr).learningCycleReference();

        // ---- the learning cycle's first task, in the SCR Sub Group chair's Tasklist ----------------
        Task identify = task(cycle, LearningCycle.Elements.IDENTIFY_LESSONS);
        assertThat(runtime.getVariable(identify.getProcessInstanceId(), CaseVariables.EDITION.name())).isEqualTo("wt2023");
        scrChair.showCaseUnder(MY_GROUPS_TASKS, cycle);
        assertThat(scrChair.waitForTaskCard(identify.getId(), "Identify the lessons is listed under " + MY_GROUPS_TASKS)
            .getText()).contains("Identify the lessons");
        scrChair.openTask(identify.getId());
        CamundaFormPage lessons = scrChair.form();
        scrChair.browser().waitUntil("the form shows the local review it comes from",
            d -> lessons.text().contains(lcspr));
        assertThat(lessons.text()).as("the identification form").contains("Cycle " + cycle, lcspr);
        assertThat(lessons.input(LearningLoop.FINDINGS.name()).getDomProperty("value")).as("the local review's findings")
            .isEqualTo(LCSPR_FINDINGS);
        scrChair.browser().screenshot("tasklist-wt2023-lcspr-lessons");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Tasklist signed in as this demo user, one browser each, kept for the whole walk. */
    private TasklistPage as(String user) {
        return signedIn.computeIfAbsent(user, this::tasklistAs);
    }

    /** The case's task of this key from the person's group list, claimed, its form open. */
    private CamundaFormPage open(TasklistPage tasklist, String caseReference, String taskKey) {
        Task task = task(caseReference, taskKey);
        tasklist.showCaseUnder(MY_GROUPS_TASKS, caseReference);
        tasklist.openTask(task.getId());
        tasklist.claim();
        CamundaFormPage form = tasklist.form();
        tasklist.browser().waitUntil("the form's header shows " + caseReference, d -> form.text().contains(caseReference));
        return form;
    }

    /** Completes the open form and waits until the engine has the task completed. */
    private void submit(TasklistPage tasklist, String caseReference, String taskKey) {
        Task task = task(caseReference, taskKey);
        tasklist.complete();
        waitUntilCompleted(tasklist.browser(), task);
    }

    private Task task(String caseReference, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseReference).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("the task %s of %s", taskKey, caseReference).isNotNull();
        return task;
    }

    private Set<String> notifications() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(SeriousIncidentNotification.KEY).list()
            .stream().map(instance -> instance.getId()).collect(Collectors.toCollection(HashSet::new));
    }

    private Object historicVariable(String processInstanceId, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
            .singleResult().getValue();
    }
}
