package org.iowscb.learningloop.casereview.multiagencycasereview;

import static org.iowscb.learningloop.support.DemoUsers.CHILDRENS_SERVICES;
import static org.iowscb.learningloop.support.DemoUsers.HEALTH;
import static org.iowscb.learningloop.support.DemoUsers.POLICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.ACTIONS_AGREED;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY_INFORMATION;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.AGENCY_LEARNING;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.ANALYSIS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.CHILD_DIED;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.CHRONOLOGY;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.DELAY_REASONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INDEPENDENT_REVIEWER;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INDEPENDENT_REVIEWER_LEADS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.LAST_RETURN_REASONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.PANEL_ANALYSIS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.PANEL_MET_ON;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.PROGRESS_NOTE;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.RECOMMENDATIONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REFERRING_AGENCY;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REMINDER_DATE;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REPORT_ACCEPTED;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REPORT_AUTHOR_GROUP;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.RETURN_REASONS;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REVIEWER_INDEPENDENT;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.REVIEW_REPORT;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.SCOPE;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.TARGET_DATE;
import static org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.TERMS_OF_REFERENCE;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.identity.AgencyChoices;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.casereview.multiagencycasereview.MultiAgencyCaseReview.Elements;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@FixedClock(FixedClock.MONDAY_2_NOVEMBER_2026)
class MultiAgencyCaseReviewProcessTest extends ProcessTest {

    @Test
    @DisplayName("started from a referral: its own MACR reference, the referral's reference, a 3-month timetable")
    void startedFromAReferral() {
        String reference = starter.start(CaseType.MULTI_AGENCY_CASE_REVIEW, "REF-2026-0101", referral(POLICE, HEALTH));
        ProcessInstance review = byReference(reference);

        assertThat(reference).matches("MACR-2026-\\d{4}");
        assertThat(review).isWaitingAt(Elements.SET_UP_PANEL).variables()
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), "REF-2026-0101")
            .containsEntry(CaseVariables.CASE_REFERENCE.name(), reference)
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(POLICE, HEALTH))
            .containsEntry(TARGET_DATE.name(), "2027-02-02")
            .containsEntry(REMINDER_DATE.name(), "2027-01-19")
            .containsKey(AgencyChoices.AGENCY_OPTIONS);
        Task setUp = task(Elements.SET_UP_PANEL, review);
        assertThat(candidateGroups(setUp)).containsExactly(Groups.SCR_SUBGROUP);
        // 10 working days from Monday 2 November 2026
        assertThat(setUp.getDueDate()).isEqualTo(Instant.parse("2026-11-16T17:00:00Z"));
        assertThat(job(review, Elements.TARGET_DATE_NEAR).getDuedate())
            .isEqualTo(Instant.parse("2027-01-19T17:00:00Z"));
        assertThat(job(review, Elements.TARGET_DATE_PASSED).getDuedate())
            .isEqualTo(Instant.parse("2027-02-02T17:00:00Z"));
    }

    @Test
    @DisplayName("started directly: agencies typed as comma-separated group ids become the list")
    void startedDirectly() {
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey(MultiAgencyCaseReview.KEY,
            Variables.createVariables()
                .putValue(INVOLVED_AGENCIES.name(), " agency-police,agency-health , ")
                .putValue(INCIDENT_KNOWN_ON.name(), "2026-11-02"));

        assertThat(review.getBusinessKey()).matches("MACR-2026-\\d{4}");
        assertThat(review).isWaitingAt(Elements.SET_UP_PANEL).variables()
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(POLICE, HEALTH))
            .doesNotContainKey(CaseVariables.SOURCE_REFERENCE.name());
    }

    @Test
    @DisplayName("happy path - an independent reviewer leads: the business unit appoints, the reviewers draft")
    void withAnIndependentReviewer() {
        ProcessInstance review = started(POLICE, HEALTH);
        setUpPanel(review, true, List.of(POLICE, HEALTH));

        assertThat(review).isWaitingAt(Elements.APPOINT_INDEPENDENT_REVIEWER)
            .variables().containsEntry(REPORT_AUTHOR_GROUP.name(), Groups.INDEPENDENT_REVIEWERS);
        Task appoint = task(Elements.APPOINT_INDEPENDENT_REVIEWER, review);
        assertThat(candidateGroups(appoint)).containsExactly(Groups.BUSINESS_UNIT);
        complete(appoint, Variables.createVariables()
            .putValue(INDEPENDENT_REVIEWER.name(), "reviewer")
            .putValue(REVIEWER_INDEPENDENT.name(), true));

        assertThat(agencyTasks(review)).extracting(this::candidateGroups)
            .containsExactlyInAnyOrder(List.of(POLICE), List.of(HEALTH));
        // 20 working days from Monday 2 November 2026
        assertThat(agencyTask(review, POLICE).getDueDate()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        provideInformation(review, HEALTH);
        assertThat(review).isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION);
        provideInformation(review, POLICE);

        assertThat(review).isWaitingAt(Elements.AGREE_ANALYSIS);
        assertThat(candidateGroups(task(Elements.AGREE_ANALYSIS, review))).containsExactly(Groups.SCR_SUBGROUP);
        assertThat(agencyInformation(review)).containsExactly(
            information(HEALTH), information(POLICE));
        assertThat(engine.getRuntimeService().getVariables(review.getId()))
            .as("each agency's fields stay on its own task")
            .doesNotContainKeys(CHRONOLOGY.name(), ANALYSIS.name(), AGENCY_LEARNING.name());

        agreeAnalysis(review);
        Task draft = task(Elements.DRAFT_REVIEW_REPORT, review);
        assertThat(candidateGroups(draft)).containsExactly(Groups.INDEPENDENT_REVIEWERS);
        assertThat(draft.getDueDate()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        draftReport(review, "Report v1");

        Task consider = task(Elements.CONSIDER_REVIEW_REPORT, review);
        assertThat(candidateGroups(consider)).containsExactly(Groups.SCR_SUBGROUP);
        complete(consider, Variables.createVariables().putValue(REPORT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(review);

        assertThat(review).isEnded().hasPassed(Elements.APPOINT_INDEPENDENT_REVIEWER, Elements.CASE_REVIEW_CONCLUDED,
            Elements.REVIEW_COMPLETED).hasNotPassed(Elements.CHECK_TIMETABLE, Elements.ACT_ON_OVERDUE_REVIEW);
        assertThat(handovers.find(review.getBusinessKey())).hasValueSatisfying(handover -> {
            assertThat(handover.sourceType()).isEqualTo(MultiAgencyCaseReview.KEY);
            assertThat(handover.findings()).isEqualTo("Information sharing between police and health was too slow");
        });
    }

    @Test
    @DisplayName("no independent reviewer: the business unit drafts; a returned report comes back with reasons")
    void withoutAnIndependentReviewerAndAReturnedReport() {
        ProcessInstance review = started(POLICE, HEALTH);
        setUpPanel(review, false, List.of(POLICE, HEALTH));
        assertThat(review).isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION)
            .variables().containsEntry(REPORT_AUTHOR_GROUP.name(), Groups.BUSINESS_UNIT);
        provideInformation(review, POLICE);
        provideInformation(review, HEALTH);
        agreeAnalysis(review);

        assertThat(candidateGroups(task(Elements.DRAFT_REVIEW_REPORT, review))).containsExactly(Groups.BUSINESS_UNIT);
        draftReport(review, "Report v1");
        clockAt("2026-11-16T10:00:00Z");
        complete(task(Elements.CONSIDER_REVIEW_REPORT, review), Variables.createVariables()
            .putValue(REPORT_ACCEPTED.name(), false)
            .putValue(RETURN_REASONS.name(), "The recommendations need an owner each"));

        assertThat(review).isWaitingAt(Elements.DRAFT_REVIEW_REPORT).variables()
            .containsEntry(RETURN_REASONS.name(), "The recommendations need an owner each")
            .containsEntry(REVIEW_REPORT.name(), "Report v1");
        Task revision = task(Elements.DRAFT_REVIEW_REPORT, review);
        assertThat(candidateGroups(revision)).containsExactly(Groups.BUSINESS_UNIT);
        // 10 working days from Monday 16 November 2026
        assertThat(revision.getDueDate()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        draftReport(review, "Report v2");

        assertThat(review).isWaitingAt(Elements.CONSIDER_REVIEW_REPORT).variables()
            .containsEntry(LAST_RETURN_REASONS.name(), "The recommendations need an owner each")
            .containsEntry(REVIEW_REPORT.name(), "Report v2")
            .doesNotContainKey(RETURN_REASONS.name());
        complete(task(Elements.CONSIDER_REVIEW_REPORT, review),
            Variables.createVariables().putValue(REPORT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(review);

        assertThat(review).isEnded().hasNotPassed(Elements.APPOINT_INDEPENDENT_REVIEWER)
            .hasPassed(Elements.REVIEW_COMPLETED);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(review.getId())
            .taskDefinitionKey(Elements.DRAFT_REVIEW_REPORT).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("the Sub Group changes the panel: the agency it adds gets a task, the one it removes none")
    void thePanelDecidesTheAgencies() {
        ProcessInstance review = started(POLICE, HEALTH);
        setUpPanel(review, false, List.of(POLICE, CHILDRENS_SERVICES));

        assertThat(agencyTasks(review)).extracting(this::candidateGroups)
            .containsExactlyInAnyOrder(List.of(POLICE), List.of(CHILDRENS_SERVICES));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
            .taskCandidateGroup(HEALTH).count()).isZero();
    }

    @Test
    @DisplayName("timetable: the business unit is reminded before the target, the Sub Group acts after it")
    void reminderAndEscalation() {
        ProcessInstance review = started(POLICE, HEALTH);
        setUpPanel(review, false, List.of(POLICE, HEALTH));

        clockAt("2027-01-19T17:00:01Z");
        fire(review, Elements.TARGET_DATE_NEAR);
        Task check = task(Elements.CHECK_TIMETABLE, review);
        assertThat(candidateGroups(check)).containsExactly(Groups.BUSINESS_UNIT);
        assertThat(check.getDueDate()).isEqualTo(Instant.parse("2027-02-02T17:00:00Z"));
        assertThat(review).isWaitingAt(Elements.CHECK_TIMETABLE, Elements.PROVIDE_AGENCY_INFORMATION);
        complete(check, Variables.createVariables().putValue(PROGRESS_NOTE.name(), "Health's information chased"));
        assertThat(review).hasPassed(Elements.TIMETABLE_CHECKED).isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION);

        clockAt("2027-02-02T17:00:01Z");
        fire(review, Elements.TARGET_DATE_PASSED);
        Task overdue = task(Elements.ACT_ON_OVERDUE_REVIEW, review);
        assertThat(candidateGroups(overdue)).containsExactly(Groups.SCR_SUBGROUP);
        // 5 working days from Tuesday 2 February 2027
        assertThat(overdue.getDueDate()).isEqualTo(Instant.parse("2027-02-09T17:00:00Z"));
        complete(overdue, Variables.createVariables()
            .putValue(DELAY_REASONS.name(), "Health's information came late")
            .putValue(ACTIONS_AGREED.name(), "Panel meets on 10 February; report by 3 March"));
        assertThat(review).hasPassed(Elements.OVERDUE_REVIEW_ACTED_ON).isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION);

        finishFromAgencyInformation(review);
        assertThat(review).isEnded().hasPassed(Elements.REVIEW_COMPLETED);
    }

    @Test
    @DisplayName("a review that ends closes a timetable check still open: it is about a review that is done")
    void completionClosesAnOpenReminder() {
        ProcessInstance review = started(POLICE);
        setUpPanel(review, false, List.of(POLICE));
        fire(review, Elements.TARGET_DATE_NEAR);
        assertThat(review).isWaitingAt(Elements.CHECK_TIMETABLE, Elements.PROVIDE_AGENCY_INFORMATION);

        finishFromAgencyInformation(review);

        assertThat(review).isEnded().hasPassed(Elements.REVIEW_COMPLETED).hasNotPassed(Elements.TIMETABLE_CHECKED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).count()).isZero();
    }

    @Test
    @DisplayName("a start without agencies, with an unknown agency or a future date is refused, starts nothing")
    void badStartIsRefused() {
        long before = casesOf(MultiAgencyCaseReview.KEY);

        assertRefused(() -> start(Variables.createVariables().putValue(INCIDENT_KNOWN_ON.name(), "2026-10-01")),
            "Please correct: Agencies taking part needs at least one agency.");
        assertRefused(() -> start(Variables.createVariables()
            .putValue(INVOLVED_AGENCIES.name(), "agency-police, agency-fire-service, school-a")
            .putValue(INCIDENT_KNOWN_ON.name(), "2026-11-03")),
            "Please correct: Agencies taking part: 'agency-fire-service' is not a known agency; "
                + "Agencies taking part: 'school-a' is not a known agency; "
                + "the incident date cannot be in the future (Date the local authority became aware of the incident is 03/11/2026).");

        assertThat(casesOf(MultiAgencyCaseReview.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("the panel needs a scope, terms of reference and known agencies, or the task stays open")
    void panelSetUpIsChecked() {
        ProcessInstance review = started(POLICE);

        assertRefused(() -> complete(task(Elements.SET_UP_PANEL, review), Variables.createVariables()
            .putValue(TERMS_OF_REFERENCE.name(), "Terms")
            .putValue(INVOLVED_AGENCIES.name(), List.of("agency-nobody"))
            .putValue(INDEPENDENT_REVIEWER_LEADS.name(), false)),
            "Please correct: Scope of the review is required; Agencies taking part: 'agency-nobody' is not a known agency.");

        assertThat(review).isWaitingAt(Elements.SET_UP_PANEL).variables()
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(POLICE))
            .doesNotContainKey(TERMS_OF_REFERENCE.name());
    }

    @Test
    @DisplayName("a reviewer who is not independent is refused")
    void reviewerMustBeIndependent() {
        ProcessInstance review = started(POLICE);
        setUpPanel(review, true, List.of(POLICE));

        Task appoint = task(Elements.APPOINT_INDEPENDENT_REVIEWER, review);
        assertRefused(() -> complete(appoint, Variables.createVariables()
            .putValue(INDEPENDENT_REVIEWER.name(), "reviewer")
            .putValue(REVIEWER_INDEPENDENT.name(), false)),
            "Please correct: the reviewer must be independent of the case and of every agency whose "
                + "actions are reviewed.");
        assertThat(review).isWaitingAt(Elements.APPOINT_INDEPENDENT_REVIEWER);
    }

    @Test
    @DisplayName("an agency's information without its own learning is refused and nothing is collected")
    void agencyInformationIsChecked() {
        ProcessInstance review = started(POLICE, HEALTH);
        setUpPanel(review, false, List.of(POLICE, HEALTH));

        assertRefused(() -> complete(agencyTask(review, POLICE), Variables.createVariables()
            .putValue(CHRONOLOGY.name(), "Two call-outs in October")
            .putValue(ANALYSIS.name(), "Not shared")), "Please correct: Your agency's learning is required.");

        assertThat(agencyTasks(review)).hasSize(2);
        assertThat(engine.getRuntimeService().getVariable(review.getId(), AGENCY_INFORMATION.name())).isNull();
    }

    @Test
    @DisplayName("the panel cannot have met in the future, and a report cannot go back without reasons")
    void panelMeetingAndReturnAreChecked() {
        ProcessInstance review = started(POLICE);
        setUpPanel(review, false, List.of(POLICE));
        provideInformation(review, POLICE);

        assertRefused(() -> complete(task(Elements.AGREE_ANALYSIS, review), Variables.createVariables()
            .putValue(PANEL_MET_ON.name(), "2026-11-03")
            .putValue(PANEL_ANALYSIS.name(), "Agreed")),
            "Please correct: the panel cannot have met in the future (Date the panel met is 03/11/2026).");
        agreeAnalysis(review);
        draftReport(review, "Report v1");

        assertRefused(() -> complete(task(Elements.CONSIDER_REVIEW_REPORT, review),
            Variables.createVariables().putValue(REPORT_ACCEPTED.name(), false)),
            "Please correct: Reasons for returning it is required.");
        assertThat(review).isWaitingAt(Elements.CONSIDER_REVIEW_REPORT);
    }

    @Test
    @DisplayName("the report, the findings, the timetable check and the escalation each need their text")
    void reportFindingsAndTimetableTextsAreChecked() {
        ProcessInstance review = started(POLICE);
        setUpPanel(review, false, List.of(POLICE));
        fire(review, Elements.TARGET_DATE_NEAR);
        fire(review, Elements.TARGET_DATE_PASSED);

        assertRefused(() -> complete(task(Elements.CHECK_TIMETABLE, review), Variables.createVariables()),
            "Please correct: Where the review stands is required.");
        assertRefused(() -> complete(task(Elements.ACT_ON_OVERDUE_REVIEW, review), Variables.createVariables()
            .putValue(DELAY_REASONS.name(), "Late information")), "Please correct: What the Sub Group has agreed is required.");

        provideInformation(review, POLICE);
        agreeAnalysis(review);
        assertRefused(() -> complete(task(Elements.DRAFT_REVIEW_REPORT, review), Variables.createVariables()
            .putValue(REVIEW_REPORT.name(), "Report")), "Please correct: Recommendations is required.");
        draftReport(review, "Report v1");
        complete(task(Elements.CONSIDER_REVIEW_REPORT, review),
            Variables.createVariables().putValue(REPORT_ACCEPTED.name(), true));
        assertRefused(() -> complete(task(Elements.RECORD_FINDINGS, review), Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "f".repeat(LearningLoop.MAX_FINDINGS + 1))),
            "Please correct: Key findings is 20001 characters long; at most 20000 are accepted.");
        assertThat(review)
            .isWaitingAt(Elements.RECORD_FINDINGS, Elements.CHECK_TIMETABLE, Elements.ACT_ON_OVERDUE_REVIEW);
    }

    static Map<String, Object> referral(String... agencies) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INCIDENT_KNOWN_ON.name(), "2026-10-26");
        variables.put(CHILD_AGE_YEARS.name(), 9L);
        variables.put(CHILD_DIED.name(), false);
        variables.put(REFERRING_AGENCY.name(), CHILDRENS_SERVICES);
        variables.put(INVOLVED_AGENCIES.name(), Variables.objectValue(List.of(agencies))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        return variables;
    }

    private ProcessInstance started(String... agencies) {
        return byReference(starter.start(CaseType.MULTI_AGENCY_CASE_REVIEW, "REF-2026-0100", referral(agencies)));
    }

    private void setUpPanel(ProcessInstance review, boolean independentReviewerLeads, List<String> agencies) {
        complete(task(Elements.SET_UP_PANEL, review), Variables.createVariables()
            .putValue(SCOPE.name(), "Agencies' contact with the family from June to October 2026")
            .putValue(TERMS_OF_REFERENCE.name(), "How did police and health share information?")
            .putValue(INVOLVED_AGENCIES.name(), agencies)
            .putValue(INDEPENDENT_REVIEWER_LEADS.name(), independentReviewerLeads));
    }

    private void provideInformation(ProcessInstance review, String agency) {
        MultiAgencyCaseReview.AgencyInformation information = information(agency);
        complete(agencyTask(review, agency), Variables.createVariables()
            .putValue(CHRONOLOGY.name(), information.chronology())
            .putValue(ANALYSIS.name(), information.analysis())
            .putValue(AGENCY_LEARNING.name(), information.agencyLearning()));
    }

    private static MultiAgencyCaseReview.AgencyInformation information(String agency) {
        return new MultiAgencyCaseReview.AgencyInformation(agency, agency + ": contacts in October",
            agency + ": concerns not passed on", agency + ": share the same day");
    }

    private void agreeAnalysis(ProcessInstance review) {
        complete(task(Elements.AGREE_ANALYSIS, review), Variables.createVariables()
            .putValue(PANEL_MET_ON.name(), "2026-11-02")
            .putValue(PANEL_ANALYSIS.name(), "Each agency held part of the picture"));
    }

    private void draftReport(ProcessInstance review, String report) {
        complete(task(Elements.DRAFT_REVIEW_REPORT, review), Variables.createVariables()
            .putValue(REVIEW_REPORT.name(), report)
            .putValue(RECOMMENDATIONS.name(), "A joint information-sharing protocol"));
    }

    private void recordFindingsAndHandOver(ProcessInstance review) {
        recordFindingsAndHandOver(review, Groups.SCR_SUBGROUP, Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "Information sharing between police and health was too slow"));
    }

    private void finishFromAgencyInformation(ProcessInstance review) {
        for (Task agencyTask : agencyTasks(review)) {
            provideInformation(review, candidateGroups(agencyTask).get(0));
        }
        agreeAnalysis(review);
        draftReport(review, "Report");
        complete(task(Elements.CONSIDER_REVIEW_REPORT, review),
            Variables.createVariables().putValue(REPORT_ACCEPTED.name(), true));
        recordFindingsAndHandOver(review);
    }

    private List<Task> agencyTasks(ProcessInstance review) {
        return engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
            .taskDefinitionKey(Elements.PROVIDE_AGENCY_INFORMATION).list();
    }

    private Task agencyTask(ProcessInstance review, String agency) {
        return engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
            .taskDefinitionKey(Elements.PROVIDE_AGENCY_INFORMATION).taskCandidateGroup(agency).singleResult();
    }

    private List<MultiAgencyCaseReview.AgencyInformation> agencyInformation(ProcessInstance review) {
        return AGENCY_INFORMATION.from(engine.getRuntimeService().getVariables(review.getId()));
    }

    private ProcessInstance start(VariableMap variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(MultiAgencyCaseReview.KEY, variables);
    }
}
