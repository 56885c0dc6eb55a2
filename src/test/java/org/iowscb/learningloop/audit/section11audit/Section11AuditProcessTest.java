package org.iowscb.learningloop.audit.section11audit;

import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.iowscb.learningloop.audit.section11audit.Section11Audit.AGENCIES;
import static org.iowscb.learningloop.audit.section11audit.Section11Audit.AGENCY;
import static org.iowscb.learningloop.audit.section11audit.Section11Audit.STANDARDS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ANSWERS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ASSESSMENT_ACCEPTED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.DEADLINE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.DUE_ON;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.LAST_CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_COMPLETED_ON;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_CYCLE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_GAPS;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.audit.section11audit.Section11Audit.Elements;
import org.iowscb.learningloop.audit.selfassessment.Answer;
import org.iowscb.learningloop.audit.selfassessment.Answers;
import org.iowscb.learningloop.audit.selfassessment.Rating;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessments;
import org.iowscb.learningloop.audit.selfassessment.Standard;
import org.iowscb.learningloop.support.Jobs;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessmentScenarios;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessment;

/**
 * Section 11: the steps every self-assessment cycle shares
 * ({@link SelfAssessmentScenarios}), and the agencies' own.
 */
class Section11AuditProcessTest extends SelfAssessmentScenarios {

    static final Standard LEADERSHIP = STANDARDS.get(0);
    static final Standard TRAINING = STANDARDS.get(4);
    static final Standard SAFER_RECRUITMENT = STANDARDS.get(5);
    static final Standard INFORMATION_SHARING = STANDARDS.get(7);

    @Autowired
    SelfAssessments store;

    @Autowired
    WorkingDays workingDays;

    Section11AuditProcessTest() {
        super(Section11Audit.KEY, AGENCIES, AGENCY, Groups.TYPE_AGENCY, Elements.CYCLE_STARTED,
            Period.ofYears(2), List.of(4, 1, 8, 0)); // 09:00 in London on 1 April, every 2 years
    }

    @Test
    @DisplayName("a cycle started by the PQA Sub Group: one self-assessment per agency, each for that agency only, due on the deadline")
    void startedForTheChosenAgencies() {
        ProcessInstance cycle = start(" agency-police, agency-health ,", DEADLINE_DAY);

        assertThat(cycle.getBusinessKey()).matches("S11-2026-\\d{4}");
        assertThat(cycle).isWaitingAt(Elements.COMPLETE_SELF_ASSESSMENT).variables()
            .containsEntry(AGENCIES.name(), List.of("agency-police", "agency-health"))
            .containsEntry(DEADLINE.name(), DEADLINE_DAY);
        assertThat(assessmentTasks(cycle)).extracting(this::candidateGroups)
            .containsExactlyInAnyOrder(List.of("agency-police"), List.of("agency-health"));
        Task police = assessmentTask(cycle, "agency-police");
        assertThat(police.getDueDate()).isEqualTo(Instant.parse("2027-01-29T17:00:00Z"));
        assertThat(dueDateTimerOf(police).getDuedate()).isEqualTo(Instant.parse("2027-01-29T17:00:00Z"));
        assertThat(engine.getTaskService().getVariables(police.getId()))
            .containsEntry(AGENCY.name(), "agency-police")
            .containsEntry(DUE_ON.name(), DEADLINE_DAY)
            .containsKey(LEADERSHIP.rating().name());
        assertThat(engine.getRuntimeService().getVariables(cycle.getId()))
            .as("each agency's answers live in its own scope, not on the cycle")
            .doesNotContainKeys(LEADERSHIP.rating().name(), DUE_ON.name(), CHALLENGE.name(), ANSWERS.name());
    }

    @Test
    @DisplayName("happy path - one agency accepted at once, one returned with a challenge; every gap becomes an action for its agency")
    void gapsBecomeActions() {
        String first = newOrganisation();
        String second = newOrganisation();
        ProcessInstance cycle = start(first + "," + second, DEADLINE_DAY);

        complete(assessmentTask(cycle, first), Answers.allMet(STANDARDS, "Board minutes")
            .gap(TRAINING, Rating.PARTIALLY_MET, "Refresher training overdue for a third of staff")
            .gap(INFORMATION_SHARING, Rating.NOT_MET, "No guidance on sharing without consent")
            .variables());
        Task scrutiny = scrutinyTask(cycle, first);
        assertThat(candidateGroups(scrutiny)).containsExactly(Groups.PQA_SUBGROUP);
        // 15 working days from Monday 2 November 2026
        assertThat(scrutiny.getDueDate()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        assertThat(answersOn(scrutiny)).hasSize(8).first().isEqualTo(
            new SelfAssessment.ShownAnswer(LEADERSHIP.title(), "Met", "Board minutes (leadership)", "none"));
        complete(scrutiny, Variables.createVariables().putValue(ASSESSMENT_ACCEPTED.name(), true));

        complete(assessmentTask(cycle, second), Answers.allMet(STANDARDS, "Policy").variables());
        complete(scrutinyTask(cycle, second), Variables.createVariables()
            .putValue(ASSESSMENT_ACCEPTED.name(), false)
            .putValue(CHALLENGE.name(), "Evidence safer recruitment: how many panels are trained?"));

        Task returned = assessmentTask(cycle, second);
        // 10 working days from Monday 2 November 2026
        assertThat(returned.getDueDate()).isEqualTo(Instant.parse("2026-11-16T17:00:00Z"));
        assertThat(engine.getTaskService().getVariables(returned.getId()))
            .containsEntry(CHALLENGE.name(), "Evidence safer recruitment: how many panels are trained?")
            .containsEntry(SAFER_RECRUITMENT.evidence().name(), "Policy (saferRecruitment)");
        complete(returned, Answers.allMet(STANDARDS, "Policy")
            .gap(SAFER_RECRUITMENT, Rating.PARTIALLY_MET, "Two of five panels untrained")
            .with(CHALLENGE.name(), "Evidence safer recruitment: how many panels are trained?")
            .variables());
        Task rescrutiny = scrutinyTask(cycle, second);
        assertThat(engine.getTaskService().getVariables(rescrutiny.getId()))
            .containsEntry(LAST_CHALLENGE.name(), "Evidence safer recruitment: how many panels are trained?")
            .containsEntry(CHALLENGE.name(), null);
        complete(rescrutiny, Variables.createVariables().putValue(ASSESSMENT_ACCEPTED.name(), true));
        turnGapsIntoActions(cycle);

        assertThat(cycle).hasPassed(Elements.GAPS_TO_ACTIONS).isWaitingAt(Elements.RECORD_FINDINGS);
        assertThat(actions(cycle)).containsExactly(
            Map.of("agency", first, "standard", TRAINING.key(), "standardTitle", TRAINING.title(),
                "rating", "Partially met", "gap", "Refresher training overdue for a third of staff"),
            Map.of("agency", first, "standard", INFORMATION_SHARING.key(), "standardTitle", INFORMATION_SHARING.title(),
                "rating", "Not met", "gap", "No guidance on sharing without consent"),
            Map.of("agency", second, "standard", SAFER_RECRUITMENT.key(), "standardTitle", SAFER_RECRUITMENT.title(),
                "rating", "Partially met", "gap", "Two of five panels untrained"));
        var gapActions = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ImprovementAction.KEY)
            .variableValueEquals(CaseVariables.SOURCE_REFERENCE.name(), cycle.getBusinessKey()).list();
        assertThat(gapActions).as("each gap is an improvement-action of its agency").hasSize(3);
        assertThat(gapActions).allSatisfy(action -> assertThat(engine.getRuntimeService().getVariable(action.getId(),
            ImprovementAction.MONITORING_GROUP.name())).isEqualTo("pqa-subgroup,education-subgroup"));
        assertThat(gapActions.stream().map(action -> engine.getRuntimeService().getVariable(action.getId(), ImprovementAction.OWNER_GROUP.name())))
            .containsExactlyInAnyOrder(first, first, second);
        Task findings = single(cycle, Elements.RECORD_FINDINGS);
        assertThat(candidateGroups(findings)).containsExactly(Groups.PQA_SUBGROUP);
        assertThat(findings.getDueDate()).isEqualTo(Instant.parse("2026-11-16T17:00:00Z"));
        complete(findings, Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "Training and safer recruitment lag behind policy"));
        handOver(cycle);

        assertThat(cycle).isEnded().hasPassed(Elements.AGENCY_ASSESSMENT_ACCEPTED, Elements.CYCLE_COMPLETED)
            .hasNotPassed(Elements.ESCALATE_NON_RESPONSE);
        assertThat(handovers.find(cycle.getBusinessKey())).hasValueSatisfying(handover -> {
            assertThat(handover.sourceType()).isEqualTo(Section11Audit.KEY);
            assertThat(handover.findings()).isEqualTo("Training and safer recruitment lag behind policy");
        });
        assertThat(store.find(Section11Audit.KEY, second, cycle.getBusinessKey())).hasValueSatisfying(saved -> {
            assertThat(saved.answers()).hasSize(8);
            assertThat(saved.answer(SAFER_RECRUITMENT.key())).contains(new Answer(SAFER_RECRUITMENT.key(),
                Rating.PARTIALLY_MET, "Policy (saferRecruitment)", "Two of five panels untrained"));
        });
    }

    @Test
    @DisplayName("evidence carried forward: the next cycle opens with the agency's last answers and its open gaps")
    void secondCycleShowsTheFirstCyclesAnswers() {
        String agency = newOrganisation();
        String newcomer = newOrganisation();
        ProcessInstance first = start(agency, DEADLINE_DAY);
        complete(assessmentTask(first, agency), Answers.allMet(STANDARDS, "2026 evidence")
            .gap(LEADERSHIP, Rating.PARTIALLY_MET, "No named board lead")
            .gap(TRAINING, Rating.NOT_MET, "No training plan").variables());
        complete(scrutinyTask(first, agency), Variables.createVariables().putValue(ASSESSMENT_ACCEPTED.name(), true));

        clockAt("2028-11-06T10:00:00Z");
        ProcessInstance second = start(agency + "," + newcomer, "2029-01-31");

        Map<String, Object> carried = engine.getTaskService().getVariables(assessmentTask(second, agency).getId());
        assertThat(carried)
            .containsEntry(PREVIOUS_CYCLE.name(), first.getBusinessKey())
            .containsEntry(PREVIOUS_COMPLETED_ON.name(), "2026-11-02")
            .containsEntry(LEADERSHIP.rating().name(), "partially-met")
            .containsEntry(LEADERSHIP.evidence().name(), "2026 evidence (leadership)")
            .containsEntry(LEADERSHIP.gap().name(), "No named board lead")
            .containsEntry(TRAINING.rating().name(), "not-met")
            .containsEntry(INFORMATION_SHARING.rating().name(), "met")
            .containsEntry(INFORMATION_SHARING.gap().name(), null);
        assertThat(carried.get(PREVIOUS_GAPS.name())).isEqualTo(List.of(
            Map.of("standard", LEADERSHIP.title(), "rating", "Partially met", "gap", "No named board lead"),
            Map.of("standard", TRAINING.title(), "rating", "Not met", "gap", "No training plan")));
        assertThat(engine.getTaskService().getVariables(assessmentTask(second, newcomer).getId()))
            .as("an agency without a previous cycle starts blank")
            .containsEntry(PREVIOUS_CYCLE.name(), null)
            .containsEntry(LEADERSHIP.rating().name(), null)
            .containsEntry(PREVIOUS_GAPS.name(), List.of());

        // leadership now met: the gap carried forward is dropped, not saved again
        complete(assessmentTask(second, agency), Answers.allMet(STANDARDS, "2028 evidence")
            .gap(TRAINING, Rating.PARTIALLY_MET, "Plan agreed, half the staff trained").variables());
        assertThat(store.find(Section11Audit.KEY, agency, second.getBusinessKey()).orElseThrow()
            .answer(LEADERSHIP.key())).contains(new Answer(LEADERSHIP.key(), Rating.MET, "2028 evidence (leadership)", null));
        assertThat(engine.getTaskService().getVariable(scrutinyTask(second, agency).getId(), LEADERSHIP.gap().name()))
            .isNull();
        assertThat(store.find(Section11Audit.KEY, agency, first.getBusinessKey()).orElseThrow()
            .answer(LEADERSHIP.key()).orElseThrow().gap()).as("the first cycle's record stays").isEqualTo("No named board lead");
    }

    /** A late agency's assessment still completes the cycle, without an action and with findings required. */
    @Override
    protected void theLateAssessmentComesIn(ProcessInstance cycle, String agency) {
        complete(assessmentTask(cycle, agency), Answers.allMet(STANDARDS, "Late but complete").variables());
        complete(scrutinyTask(cycle, agency), Variables.createVariables().putValue(ASSESSMENT_ACCEPTED.name(), true));
        turnGapsIntoActions(cycle);
        assertThat(actions(cycle)).isEmpty();
        assertRefused(() -> complete(single(cycle, Elements.RECORD_FINDINGS), Variables.createVariables()),
            "Please correct: Key findings is required.");
        complete(single(cycle, Elements.RECORD_FINDINGS), Variables.createVariables()
            .putValue(LearningLoop.FINDINGS.name(), "All standards met, one agency late"));
        handOver(cycle);
        assertThat(cycle).isEnded().hasPassed(Elements.CYCLE_COMPLETED);
    }

    @Test
    @DisplayName("a challenged agency has 10 working days to answer, and is escalated when it misses them")
    void aChallengeHasItsOwnDueDate() {
        String agency = newOrganisation();
        ProcessInstance cycle = start(agency, DEADLINE_DAY);
        complete(assessmentTask(cycle, agency), Answers.allMet(STANDARDS, "Evidence").variables());
        assertRefused(() -> complete(scrutinyTask(cycle, agency), Variables.createVariables()
            .putValue(ASSESSMENT_ACCEPTED.name(), false)), "Please correct: Your challenge is required.");
        complete(scrutinyTask(cycle, agency), Variables.createVariables()
            .putValue(ASSESSMENT_ACCEPTED.name(), false).putValue(CHALLENGE.name(), "Show the training records"));

        Task returned = assessmentTask(cycle, agency);
        assertThat(dueDateTimerOf(returned).getDuedate()).isEqualTo(Instant.parse("2026-11-16T17:00:00Z"));
        clockAt("2026-11-16T17:00:01Z");
        engine.getManagementService().executeJob(dueDateTimerOf(returned).getId());
        assertThat(cycle).isWaitingAt(Elements.COMPLETE_SELF_ASSESSMENT, Elements.ESCALATE_NON_RESPONSE);
    }

    @Test
    @DisplayName("every 2 years the timer starts the next cycle for the agencies of the previous one, due 3 months on")
    void timerStartsTheNextCycle() {
        Job timer = Jobs.single(engine.getManagementService(), Elements.CYCLE_STARTED);
        ZonedDateTime due = timer.getDuedate().toInstant().atZone(ZoneOffset.UTC);
        assertThat((due.getYear() - 2015) % 2).as("every 2 years from 2015").isZero();
        forgetEveryCycle();

        String agency = newOrganisation();
        ClockUtil.setCurrentTime(Date.from(due.minusDays(1).toInstant()));
        start(agency, due.toLocalDate().plusMonths(1).toString());
        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1).toInstant()));
        ProcessInstance next = fireCycleTimer(timer);

        assertThat(next.getBusinessKey()).startsWith("S11-" + due.getYear() + "-");
        assertThat(next).hasPassed(Elements.CYCLE_STARTED).variables()
            .containsEntry(AGENCIES.name(), List.of(agency))
            .containsEntry(DEADLINE.name(), workingDays.addWorkingDays(due.toLocalDate().plusMonths(3), 0).toString());
        assertThat(assessmentTasks(next)).extracting(this::candidateGroups).containsExactly(List.of(agency));
    }

    @Test
    @DisplayName("a start without agencies, with an unknown agency or a school, or a deadline not within the year is refused")
    void badStartIsRefused() {
        long before = casesOf(Section11Audit.KEY);

        assertRefused(() -> start("", null),
            "Please correct: Agencies taking part needs at least one agency; Deadline for every self-assessment is required.");
        assertRefused(() -> start("agency-police, agency-fire-service, school-a", "2026-11-02"),
            "Please correct: Agencies taking part: 'agency-fire-service' is not a known agency; "
                + "Agencies taking part: 'school-a' is not a known agency; the deadline must be after today (Deadline for every self-assessment is 02/11/2026).");
        assertRefused(() -> start("agency-police", "2027-11-03"),
            "Please correct: the deadline must be within a year (Deadline for every self-assessment is 03/11/2027).");

        assertThat(casesOf(Section11Audit.KEY)).isEqualTo(before);
    }

    @Test
    @DisplayName("a self-assessment with a rating, evidence or gap missing is refused, and nothing is saved")
    void incompleteSelfAssessmentIsRefused() {
        String agency = newOrganisation();
        ProcessInstance cycle = start(agency, DEADLINE_DAY);
        Task assessment = assessmentTask(cycle, agency);

        assertRefused(() -> complete(assessment, Answers.allMet(STANDARDS, "Evidence")
            .without(LEADERSHIP.evidence().name())
            .without(SAFER_RECRUITMENT.rating().name())
            .with(TRAINING.rating().name(), "mostly")
            .gap(INFORMATION_SHARING, Rating.NOT_MET, " ")
            .variables()), "Please correct: Leadership and accountability: evidence is required; Safeguarding training: rating must be met, partially-met "
                + "or not-met, not 'mostly'; Safer recruitment and allegations: rating is required; Information sharing: what is missing is required.");
        assertRefused(() -> complete(assessment, Answers.allMet(STANDARDS, "Evidence")
            .with(TRAINING.rating().name(), true).variables()), "Please correct: Safeguarding training: rating must be text.");

        assertThat(store.find(Section11Audit.KEY, agency, cycle.getBusinessKey())).isEmpty();
        assertThat(cycle).isWaitingAt(Elements.COMPLETE_SELF_ASSESSMENT);
    }

    @Test
    @DisplayName("an agency cannot answer for another agency, even by sending the other's id")
    void anAgencyAnswersOnlyForItself() {
        String agency = newOrganisation();
        ProcessInstance cycle = start(agency, DEADLINE_DAY);

        assertRefused(() -> complete(assessmentTask(cycle, agency), Answers.allMet(STANDARDS, "Evidence")
            .with(AGENCY.name(), "agency-health").variables()),
            "Please correct: agency cannot be changed: this is the self-assessment of " + agency + ".");
        assertThat(store.find(Section11Audit.KEY, "agency-health", cycle.getBusinessKey())).isEmpty();
    }

    @Test
    @DisplayName("an action that cannot start fails its own step and is retried: the Sub Group's acceptance stands")
    void aFailingFanOutNeverRollsBackTheAcceptance() {
        String agency = newOrganisation();
        ProcessInstance cycle = start(agency, DEADLINE_DAY);
        complete(assessmentTask(cycle, agency), Answers.allMet(STANDARDS, "Board minutes")
            .gap(TRAINING, Rating.PARTIALLY_MET, "Refresher training overdue").variables());
        Task scrutiny = scrutinyTask(cycle, agency);
        // the agency is removed before its action starts: the improvement-action refuses an unknown owner
        engine.getIdentityService().deleteGroup(agency);

        complete(scrutiny, Variables.createVariables().putValue(ASSESSMENT_ACCEPTED.name(), true));
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(scrutiny.getId()).finished()
            .count()).as("the acceptance is saved").isEqualTo(1);

        Job fanOut = job(cycle, Elements.GAPS_TO_ACTIONS);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(fanOut.getId()))
            .hasMessageContaining("Owner: ");
        Job failed = job(cycle, Elements.GAPS_TO_ACTIONS);
        assertThat(failed.getRetries()).as("retried later (R3/PT5M)").isEqualTo(2);
        assertThat(failed.getExceptionMessage()).contains("Owner: ");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(scrutiny.getId()).finished()
            .count()).as("the acceptance still stands").isEqualTo(1);
        assertThat(cycle).isWaitingAt(Elements.GAPS_TO_ACTIONS);
    }

    private Task scrutinyTask(ProcessInstance cycle, String agency) {
        return taskAbout(cycle, Elements.SCRUTINISE_SELF_ASSESSMENT, agency);
    }

    private List<SelfAssessment.ShownAnswer> answersOn(Task task) {
        return ANSWERS.from(engine.getTaskService().getVariables(task.getId()));
    }
}
