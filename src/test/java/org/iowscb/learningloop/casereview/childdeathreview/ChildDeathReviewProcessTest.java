package org.iowscb.learningloop.casereview.childdeathreview;

import static org.iowscb.learningloop.support.DemoUsers.CHILDRENS_SERVICES;
import static org.iowscb.learningloop.support.DemoUsers.HEALTH;
import static org.iowscb.learningloop.support.DemoUsers.POLICE;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.SUMMARY;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_SERIOUSLY_HARMED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.NOTIFIED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.ABUSE_OR_NEGLECT_SUSPECTED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_CONCERNS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_SUSPECTS_ABUSE_OR_NEGLECT;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.AGENCY_WORKING_CONCERN;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CATEGORY_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_AGE_YEARS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CHILD_DIED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.CIRCUMSTANCES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.DATE_OF_DEATH;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INCIDENT_KNOWN_ON;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.LEARNING;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.MODIFIABLE_FACTORS;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.MODIFIABLE_FACTORS_IDENTIFIED;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.REFERRED_FOR_SCR_DECISION;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.REFERRING_AGENCY;
import static org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.SCR_DECISION_REFERRAL_REFERENCE;
import static org.iowscb.learningloop.learning.LearningLoop.FINDINGS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.casereview.childdeathreview.ChildDeathReview.Elements;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.support.FixedClock;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@FixedClock("2026-03-10T10:00:00Z") // Tuesday 10 March 2026, 10:00 in London (GMT)
class ChildDeathReviewProcessTest extends ProcessTest {

    static final String DATE_OF_DEATH_VALUE = "2026-03-08";
    static final String ABUSE = "deliberately-inflicted-injury-abuse-or-neglect";

    @BeforeEach
    void theReferralModel() {
        CaseReviewReferralStandIn.deployIfAbsent(engine);
    }

    @Test
    @DisplayName("started by the CDOP: the coordinator records the notification by the next working day")
    void theCdopStartsAReview() {
        ProcessInstance review = startByCdop(false, POLICE + ", " + HEALTH);

        assertThat(review.getBusinessKey()).matches("CDR-2026-\\d{4}");
        assertThat(review).isWaitingAt(Elements.RECORD_NOTIFICATION).variables()
            .containsEntry(CaseVariables.CASE_REFERENCE.name(), review.getBusinessKey())
            .containsEntry(NOTIFIED_ON.name(), "2026-03-10")
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(POLICE, HEALTH))
            .containsEntry(CHILD_AGE_YEARS.name(), 7L)
            .containsEntry(ABUSE_OR_NEGLECT_SUSPECTED.name(), false)
            .containsEntry(REFERRED_FOR_SCR_DECISION.name(), false);
        assertThat(task(review)).hasCandidateGroup(Groups.CDOP).hasName("Record the notification");
        assertThat(task(review).getDueDate()).isEqualTo(Instant.parse("2026-03-11T17:00:00Z"));
    }

    @Test
    @DisplayName("never referred - every agency that knew the child gives its information, the panel reviews, the findings go to the learning loop")
    void reviewWithoutSuspicion() {
        ProcessInstance review = startByCdop(false, POLICE);
        recordNotification(review, false, List.of(POLICE, HEALTH));

        assertThat(review).isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION).hasPassed(Elements.SUSPECTED_AT_NOTIFICATION)
            .hasNotPassed(Elements.REFER_AT_NOTIFICATION);
        List<Task> agencyTasks = agencyTasks(review);
        assertThat(agencyTasks).extracting(this::candidateGroup).containsExactlyInAnyOrder(POLICE, HEALTH);
        // 20 working days from Tuesday 10 March 2026 skip Good Friday and Easter Monday: Thursday 9 April, 17:00 BST
        assertThat(agencyTasks).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Instant.parse("2026-04-09T16:00:00Z")));

        giveInformation(review, POLICE, false);
        giveInformation(review, HEALTH, false);

        assertThat(review).isWaitingAt(Elements.PANEL_REVIEW).hasPassed(Elements.AGENCY_INFORMATION_GIVEN)
            .hasNotPassed(Elements.REFER_FROM_AGENCY_INFORMATION);
        assertThat(task(review)).hasCandidateGroup(Groups.CDOP);
        // two months on is Sunday 10 May 2026: Monday 11 May, 17:00 BST
        assertThat(task(review).getDueDate()).isEqualTo(Instant.parse("2026-05-11T16:00:00Z"));
        assertThat(agencyReports(review)).as("what the panel sees")
            .extracting(ChildDeathReview.AgencyReport::agency, ChildDeathReview.AgencyReport::involvement,
                ChildDeathReview.AgencyReport::abuseOrNeglectSuspected)
            .containsExactly(tuple(POLICE, "Known to agency-police since birth", "No"),
                tuple(HEALTH, "Known to agency-health since birth", "No"));

        reviewAtPanel(review, false, "infection");
        assertThat(review).hasPassed(Elements.SUSPECTED_AT_PANEL).hasNotPassed(Elements.REFER_AT_PANEL);
        runJob(review, Elements.HAND_FINDINGS_TO_LEARNING_LOOP);

        assertThat(review).isEnded().hasPassed(Elements.CHILD_DEATH_REVIEWED);
        assertThat(referralsOf(review)).isEmpty();
        var handover = handovers.find(review.getBusinessKey()).orElseThrow();
        assertThat(handover.sourceType()).isEqualTo(ChildDeathReview.KEY);
        assertThat(handover.findings()).isEqualTo("Safe sleeping advice not repeated after discharge");
    }

    @Test
    @DisplayName("referral at the notification: one referral for an SCR decision, however many suspect abuse or neglect later")
    void referralAtTheNotification() {
        ProcessInstance review = startByCdop(false, POLICE);
        recordNotification(review, true, List.of(POLICE, HEALTH), "SIGNIFICANT");

        assertThat(review).isWaitingAt(Elements.REFER_AT_NOTIFICATION);
        runJob(review, Elements.REFER_AT_NOTIFICATION);

        HistoricProcessInstance referral = onlyReferralOf(review);
        Map<String, Object> facts = variablesOf(referral);
        assertThat(facts)
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), review.getBusinessKey())
            .containsEntry(INCIDENT_KNOWN_ON.name(), "2026-03-10")
            .containsEntry(CHILD_AGE_YEARS.name(), 7L)
            .containsEntry(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED.name(), true)
            .containsEntry(CHILD_DIED.name(), true)
            .containsEntry(CHILD_SERIOUSLY_HARMED.name(), false)
            .containsEntry(AGENCY_WORKING_CONCERN.name(), "SIGNIFICANT")
            .containsEntry(REFERRING_AGENCY.name(), CHILDRENS_SERVICES)
            .containsEntry(SUMMARY.name(), "Referred by child death review " + review.getBusinessKey()
                + ": abuse or neglect suspected at the notification.")
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(POLICE, HEALTH));
        assertThat(referral.getBusinessKey()).matches("REF-2026-\\d{4}");
        assertThat(review).isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION).variables()
            .containsEntry(REFERRED_FOR_SCR_DECISION.name(), true)
            .containsEntry(SCR_DECISION_REFERRAL_REFERENCE.name(), referral.getBusinessKey());

        giveInformation(review, POLICE, true);
        giveInformation(review, HEALTH, false);
        assertThat(review).hasNotPassed(Elements.REFER_FROM_AGENCY_INFORMATION);
        reviewAtPanel(review, true, ABUSE);
        assertThat(review).hasNotPassed(Elements.REFER_AT_PANEL);
        runJob(review, Elements.HAND_FINDINGS_TO_LEARNING_LOOP);

        assertThat(review).isEnded();
        assertThat(referralsOf(review)).hasSize(1);
    }

    @Test
    @DisplayName("referral from an agency's information: at once, while the other agencies are still writing")
    void referralFromAnAgencysInformation() {
        ProcessInstance review = startByCdop(false, POLICE + "," + HEALTH + "," + CHILDRENS_SERVICES);
        recordNotification(review, false, List.of(POLICE, HEALTH, CHILDRENS_SERVICES));
        assertThat(review).hasNotPassed(Elements.REFER_AT_NOTIFICATION);

        giveInformation(review, POLICE, true);
        runJob(review, Elements.REFER_FROM_AGENCY_INFORMATION);

        HistoricProcessInstance referral = onlyReferralOf(review);
        assertThat(variablesOf(referral))
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), review.getBusinessKey())
            .containsEntry(AGENCY_WORKING_CONCERN.name(), "NONE")
            .containsEntry(SUMMARY.name(), "Referred by child death review " + review.getBusinessKey()
                + ": abuse or neglect suspected in the information of agency-police.");
        assertThat(agencyTasks(review)).as("the other agencies are still writing")
            .extracting(this::candidateGroup).containsExactlyInAnyOrder(HEALTH, CHILDRENS_SERVICES);
        assertThat(review).hasPassed(Elements.AGENCY_INFORMATION_REFERRED);

        giveInformation(review, HEALTH, true);
        assertThat(jobsOf(review, Elements.REFER_FROM_AGENCY_INFORMATION)).as("already referred").isEmpty();
        giveInformation(review, CHILDRENS_SERVICES, false);
        reviewAtPanel(review, true, ABUSE);
        runJob(review, Elements.HAND_FINDINGS_TO_LEARNING_LOOP);

        assertThat(review).isEnded().hasNotPassed(Elements.REFER_AT_PANEL);
        assertThat(referralsOf(review)).hasSize(1);
        assertThat(agencyReports(review)).extracting(ChildDeathReview.AgencyReport::abuseOrNeglectSuspected)
            .containsExactly("Yes", "Yes", "No");
    }

    @Test
    @DisplayName("two agencies suspect abuse or neglect before the referral runs: still one referral")
    void twoSuspicionsAtOnceMakeOneReferral() {
        ProcessInstance review = startByCdop(false, POLICE + "," + HEALTH);
        recordNotification(review, false, List.of(POLICE, HEALTH));

        giveInformation(review, POLICE, true);
        giveInformation(review, HEALTH, true);
        List<Job> referrals = jobsOf(review, Elements.REFER_FROM_AGENCY_INFORMATION);
        assertThat(referrals).hasSize(2);
        referrals.forEach(job -> engine.getManagementService().executeJob(job.getId()));

        assertThat(referralsOf(review)).hasSize(1);
        assertThat(review).isWaitingAt(Elements.PANEL_REVIEW);
    }

    @Test
    @DisplayName("referral at the panel: nobody suspected abuse or neglect before the panel did")
    void referralAtThePanel() {
        ProcessInstance review = startByCdop(false, HEALTH);
        recordNotification(review, false, List.of(HEALTH));
        giveInformation(review, HEALTH, false);
        reviewAtPanel(review, true, ABUSE, "LIMITED");

        assertThat(referralsOf(review)).as("referred once the job runs").isEmpty();
        runJob(review, Elements.REFER_AT_PANEL);
        HistoricProcessInstance referral = onlyReferralOf(review);
        assertThat(variablesOf(referral))
            .containsEntry(AGENCY_WORKING_CONCERN.name(), "LIMITED")
            .containsEntry(SUMMARY.name(), "Referred by child death review " + review.getBusinessKey()
                + ": abuse or neglect suspected at the CDOP panel review.");

        runJob(review, Elements.HAND_FINDINGS_TO_LEARNING_LOOP);
        assertThat(review).isEnded().hasPassed(Elements.REFER_AT_PANEL, Elements.CHILD_DEATH_REVIEWED);
        assertThat(handovers.find(review.getBusinessKey())).isPresent();
    }

    @Test
    @DisplayName("started by a referral that suspected abuse or neglect: that referral is the SCR decision, no second one")
    void startedByAReferralThatSuspectedAbuse() {
        ProcessInstance review = startByReferral("REF-2026-0901", true);

        assertThat(review).isWaitingAt(Elements.RECORD_NOTIFICATION).variables()
            .containsEntry(NOTIFIED_ON.name(), "2026-03-09")
            .containsEntry(ABUSE_OR_NEGLECT_SUSPECTED.name(), true)
            .containsEntry(REFERRED_FOR_SCR_DECISION.name(), true)
            .containsEntry(SCR_DECISION_REFERRAL_REFERENCE.name(), "REF-2026-0901")
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(POLICE))
            .doesNotContainKey(DATE_OF_DEATH.name());

        recordNotification(review, true, List.of(POLICE, HEALTH));
        assertThat(review).hasNotPassed(Elements.REFER_AT_NOTIFICATION).isWaitingAt(Elements.PROVIDE_AGENCY_INFORMATION);
        assertThat(agencyTasks(review)).extracting(this::candidateGroup).containsExactlyInAnyOrder(POLICE, HEALTH);
        assertThat(referralsOf(review)).isEmpty();
    }

    @Test
    @DisplayName("started by a referral without suspicion: the review refers the death when the CDOP suspects abuse or neglect")
    void startedByAReferralWithoutSuspicion() {
        ProcessInstance review = startByReferral("REF-2026-0902", false);
        assertThat(review).variables().containsEntry(REFERRED_FOR_SCR_DECISION.name(), false);

        recordNotification(review, true, List.of(POLICE));
        runJob(review, Elements.REFER_AT_NOTIFICATION);

        assertThat(variablesOf(onlyReferralOf(review)))
            .containsEntry(CaseVariables.SOURCE_REFERENCE.name(), review.getBusinessKey())
            .containsEntry(REFERRING_AGENCY.name(), POLICE)
            .containsEntry(INCIDENT_KNOWN_ON.name(), "2026-03-10");
    }

    @Test
    @DisplayName("a referral where the child died and abuse was suspected starts this review, which does not refer the death back")
    void theRealReferralStartsAReviewThatDoesNotReferBack() {
        assumeTrue(Files.exists(Path.of("processes", CaseType.CASE_REVIEW_REFERRAL.processKey() + ".bpmn")),
            "needs the real case-review-referral model");
        ProcessInstance referral = engine.getRuntimeService().startProcessInstanceByKey(
            CaseType.CASE_REVIEW_REFERRAL.processKey(), Variables.createVariables()
                .putValue(INCIDENT_KNOWN_ON.name(), "2026-03-09")
                .putValue(CHILD_AGE_YEARS.name(), 2L)
                .putValue(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED.name(), true)
                .putValue(CHILD_DIED.name(), true)
                .putValue(CHILD_SERIOUSLY_HARMED.name(), false)
                .putValue(AGENCY_WORKING_CONCERN.name(), "NONE")
                .putValue(REFERRING_AGENCY.name(), HEALTH)
                .putValue(SUMMARY.name(), "Infant death; injuries inconsistent with the account given"));
        engine.getManagementService().createJobQuery().processInstanceId(referral.getId())
            .activityId("start-child-death-review").list()
            .forEach(job -> engine.getManagementService().executeJob(job.getId()));

        ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ChildDeathReview.KEY)
            .variableValueEquals(CaseVariables.SOURCE_REFERENCE.name(), referral.getBusinessKey()).singleResult();
        assertThat(review).isWaitingAt(Elements.RECORD_NOTIFICATION).variables()
            .containsEntry(REFERRED_FOR_SCR_DECISION.name(), true)
            .containsEntry(SCR_DECISION_REFERRAL_REFERENCE.name(), referral.getBusinessKey())
            .containsEntry(INVOLVED_AGENCIES.name(), List.of(HEALTH));

        recordNotification(review, true, List.of(HEALTH));
        assertThat(review).hasNotPassed(Elements.REFER_AT_NOTIFICATION);
        assertThat(referralsOf(review)).isEmpty();
    }

    // --- the people's steps

    ProcessInstance startByCdop(boolean suspected, String agencies) {
        return engine.getRuntimeService().startProcessInstanceByKey(ChildDeathReview.KEY, Variables.createVariables()
            .putValue(DATE_OF_DEATH.name(), DATE_OF_DEATH_VALUE)
            .putValue(CHILD_AGE_YEARS.name(), 7)
            .putValue(INVOLVED_AGENCIES.name(), agencies)
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), suspected));
    }

    ProcessInstance startByReferral(String referral, boolean abuseSuspected) {
        String reference = starter.start(CaseType.CHILD_DEATH_REVIEW, referral, Map.of(
            INCIDENT_KNOWN_ON.name(), "2026-03-09",
            CHILD_AGE_YEARS.name(), 7L,
            CHILD_DIED.name(), true,
            REFERRING_AGENCY.name(), POLICE,
            ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED.name(), abuseSuspected,
            INVOLVED_AGENCIES.name(), Variables.objectValue(new java.util.ArrayList<>(List.of(POLICE)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    }

    void recordNotification(ProcessInstance review, boolean suspected, List<String> agencies) {
        recordNotification(review, suspected, agencies, null);
    }

    void recordNotification(ProcessInstance review, boolean suspected, List<String> agencies, String concern) {
        VariableMap variables = Variables.createVariables()
            .putValue(DATE_OF_DEATH.name(), DATE_OF_DEATH_VALUE)
            .putValue(CHILD_AGE_YEARS.name(), 7)
            .putValue(INVOLVED_AGENCIES.name(), agencies)
            .putValue(CIRCUMSTANCES.name(), "Found unresponsive at home; taken to hospital")
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), suspected);
        if (concern != null) {
            variables.putValue(AGENCY_WORKING_CONCERN.name(), concern);
        }
        assertThat(review).isWaitingAt(Elements.RECORD_NOTIFICATION);
        complete(task(Elements.RECORD_NOTIFICATION, review), variables);
    }

    void giveInformation(ProcessInstance review, String agency, boolean suspects) {
        Task task = agencyTasks(review).stream().filter(t -> agency.equals(candidateGroup(t))).findFirst()
            .orElseThrow(() -> new AssertionError("no information task for " + agency));
        complete(task, Variables.createVariables()
            .putValue(AGENCY_INVOLVEMENT.name(), "Known to " + agency + " since birth")
            .putValue(AGENCY_CONCERNS.name(), suspects ? "Unexplained injuries seen in January" : "")
            .putValue(AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), suspects));
    }

    void reviewAtPanel(ProcessInstance review, boolean suspected, String category) {
        reviewAtPanel(review, suspected, category, null);
    }

    void reviewAtPanel(ProcessInstance review, boolean suspected, String category, String concern) {
        VariableMap variables = Variables.createVariables()
            .putValue(CATEGORY_OF_DEATH.name(), category)
            .putValue(MODIFIABLE_FACTORS_IDENTIFIED.name(), true)
            .putValue(MODIFIABLE_FACTORS.name(), "Advice on safe sleeping not repeated")
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), suspected)
            .putValue(LEARNING.name(), "Health visitors repeat safe sleeping advice at every contact")
            .putValue(FINDINGS.name(), "Safe sleeping advice not repeated after discharge");
        if (concern != null) {
            variables.putValue(AGENCY_WORKING_CONCERN.name(), concern);
        }
        assertThat(review).isWaitingAt(Elements.PANEL_REVIEW);
        complete(task(Elements.PANEL_REVIEW, review), variables);
    }

    // --- what a person would look up

    List<Task> agencyTasks(ProcessInstance review) {
        return engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
            .taskDefinitionKey(Elements.PROVIDE_AGENCY_INFORMATION).list();
    }

    String candidateGroup(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).collect(Collectors.joining(","));
    }

    List<Job> jobsOf(ProcessInstance review, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(review.getId()).activityId(activityId).list();
    }

    void runJob(ProcessInstance review, String activityId) {
        List<Job> jobs = jobsOf(review, activityId);
        assertThat(jobs).as("job of %s", activityId).hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());
    }

    List<HistoricProcessInstance> referralsOf(ProcessInstance review) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(CaseType.CASE_REVIEW_REFERRAL.processKey())
            .variableValueEquals(CaseVariables.SOURCE_REFERENCE.name(), review.getBusinessKey()).list();
    }

    HistoricProcessInstance onlyReferralOf(ProcessInstance review) {
        List<HistoricProcessInstance> referrals = referralsOf(review);
        assertThat(referrals).as("referrals of %s", review.getBusinessKey()).hasSize(1);
        return referrals.get(0);
    }

    List<ChildDeathReview.AgencyReport> agencyReports(ProcessInstance review) {
        HistoricVariableInstance stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(review.getId()).variableName(ChildDeathReview.AGENCY_REPORTS.name()).singleResult();
        return ChildDeathReview.AGENCY_REPORTS.from(Map.of(ChildDeathReview.AGENCY_REPORTS.name(), stored.getValue()));
    }

    Map<String, Object> variablesOf(HistoricProcessInstance instance) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
            .list().stream().filter(v -> v.getValue() != null)
            .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
    }
}
