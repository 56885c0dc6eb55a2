package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY_KEY_ISSUES;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.AGENCY_REPORT_REFERENCE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.BOARD_ACCEPTED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.BOARD_COMMENTS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.BOARD_RESPONSE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.CHILD_DIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.CHRONOLOGY_PROVIDED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.COPY_SENT_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.DFE_NOTIFIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.FAMILY_EXPECTATIONS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.FAMILY_INVITED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.FAMILY_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.FAMILY_TOLD_HOW;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INDEPENDENT_REVIEWER;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INITIATED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INVOLVED_AGENCIES;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.KEY;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MANAGEMENT_REPORT_PROVIDED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.NATIONAL_PANEL_NOTIFIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.NOTIFIED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.NO_BLAME_EXPLAINED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.OFSTED_NOTIFIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.OVERVIEW_REPORT_REFERENCE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PANEL_ACCEPTED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PANEL_COMMENTS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PLANNED_PUBLICATION_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PROFESSIONALS_INVITED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PROFESSIONALS_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PUBLICATION_LINK;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PUBLISHED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.RECOMMENDATIONS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.REPORT_SUMMARY;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.REVIEWER_INDEPENDENCE_CONFIRMED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.SURVIVING_CHILDREN_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.TERMS_OF_REFERENCE;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.Elements;

/**
 * One serious case review in a test: starts it, finds its tasks and timers, and completes each
 * step with answers a person would give (the happy answer unless a test says otherwise).
 */
public final class ScrCase {

    static final List<String> AGENCIES = List.of("agency-police", "agency-health");

    final ProcessEngine engine;
    final ProcessInstance instance;

    private ScrCase(ProcessEngine engine, ProcessInstance instance) {
        this.engine = engine;
        this.instance = instance;
    }

    /** As the start form submits it: agencies comma-separated, the decision's date, whether the child died. */
    public static ScrCase start(ProcessEngine engine, String initiatedOn) {
        return start(engine, Variables.createVariables()
            .putValue(INVOLVED_AGENCIES.name(), String.join(", ", AGENCIES))
            .putValue(INITIATED_ON.name(), initiatedOn)
            .putValue(CHILD_DIED.name(), true));
    }

    /**
     * A review the police referred, with the police involved, initiated on that day: the board page's
     * tests see it late or on track by its six months, and the police see it as their own.
     */
    public static String referredByThePolice(ProcessEngine engine, java.time.LocalDate initiatedOn) {
        return start(engine, Variables.createVariables()
            .putValue(INVOLVED_AGENCIES.name(), org.iowscb.learningloop.platform.process.StringListVariable.valueOf(
                java.util.List.of("agency-police")))
            .putValue(org.iowscb.learningloop.platform.process.CaseVariables.REFERRING_AGENCY.name(), "agency-police")
            .putValue(INITIATED_ON.name(), initiatedOn.toString())
            .putValue(CHILD_DIED.name(), true)).reference();
    }

    static ScrCase start(ProcessEngine engine, Map<String, Object> variables) {
        return of(engine, engine.getRuntimeService().startProcessInstanceByKey(KEY, variables));
    }

    static ScrCase of(ProcessEngine engine, ProcessInstance instance) {
        return new ScrCase(engine, instance);
    }

    /** The running case with this reference, on this engine: after a restart, the same case on the new one. */
    public static ScrCase reopen(ProcessEngine engine, String reference) {
        return of(engine, engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
            .singleResult());
    }

    public ProcessInstance instance() {
        return instance;
    }

    public String reference() {
        return instance.getBusinessKey();
    }

    Object variable(String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    List<Task> tasks(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey).list();
    }

    Task task(String taskKey) {
        List<Task> found = tasks(taskKey);
        assertThat(found).as("open tasks %s of %s", taskKey, reference()).hasSize(1);
        return found.get(0);
    }

    public ScrCase complete(String taskKey, Map<String, Object> answers) {
        engine.getTaskService().complete(task(taskKey).getId(), answers);
        return this;
    }

    /** The timer (or async job) waiting at this element of this case. */
    Job job(String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .activityId(activityId).singleResult();
        assertThat(job).as("job at %s of %s", activityId, reference()).isNotNull();
        return job;
    }

    boolean hasJob(String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .activityId(activityId).count() > 0;
    }

    public ScrCase fire(String activityId) {
        engine.getManagementService().executeJob(job(activityId).getId());
        return this;
    }

    // the steps, with the happy answers

    public ScrCase notified(String on) {
        return complete(Elements.NOTIFY_INITIATION, notification(on));
    }

    public ScrCase reviewerAppointed() {
        return complete(Elements.APPOINT_REVIEWER, appointment("reviewer", true));
    }

    public ScrCase termsAgreed() {
        return complete(Elements.AGREE_TERMS_OF_REFERENCE, Map.of(TERMS_OF_REFERENCE.name(),
            "Period 2024-2026; how agencies shared information about case SCR concerns"));
    }

    ScrCase agencyReported(String agency) {
        Task task = tasks(Elements.PROVIDE_AGENCY_REPORT).stream()
            .filter(t -> engine.getTaskService().getVariable(t.getId(), AGENCY.name()).equals(agency))
            .findFirst().orElseThrow(() -> new AssertionError("no report task for " + agency));
        engine.getTaskService().complete(task.getId(), agencyReport(agency));
        return this;
    }

    public ScrCase contributionsGathered() {
        AGENCIES.forEach(this::agencyReported);
        complete(Elements.INVITE_PROFESSIONALS, professionals(ScrDates.TODAY));
        return complete(Elements.INVITE_FAMILY, family(ScrDates.TODAY));
    }

    public ScrCase drafted() {
        return complete(Elements.DRAFT_REPORT, Variables.createVariables()
            .putValue(OVERVIEW_REPORT_REFERENCE.name(), "SCR overview report v1")
            .putValue(REPORT_SUMMARY.name(), "Information was not shared between agencies")
            .putValue(RECOMMENDATIONS.name(), "A shared protocol for information sharing"));
    }

    public ScrCase panelDecides(boolean accepted, String comments) {
        return complete(Elements.PANEL_ACCEPTS_REPORT, decision(PANEL_ACCEPTED.name(), accepted,
            PANEL_COMMENTS.name(), comments));
    }

    public ScrCase boardDecides(boolean accepted, String comments) {
        return complete(Elements.BOARD_ACCEPTS_REPORT, decision(BOARD_ACCEPTED.name(), accepted,
            BOARD_COMMENTS.name(), comments));
    }

    public ScrCase boardResponded() {
        return complete(Elements.WRITE_BOARD_RESPONSE, Map.of(BOARD_RESPONSE.name(),
            "The Board accepts every recommendation; partners report progress quarterly"));
    }

    /** From the decision to initiate to the Board's response, everything accepted first time. */
    public ScrCase reviewDone(String notifiedOn) {
        return notified(notifiedOn).reviewerAppointed().termsAgreed().contributionsGathered().drafted()
            .panelDecides(true, null).boardDecides(true, null).boardResponded();
    }

    public ScrCase copySent(String sentOn, String plannedOn) {
        return complete(Elements.SEND_COPY_TO_NATIONAL_PANEL, Map.of(COPY_SENT_ON.name(), sentOn,
            PLANNED_PUBLICATION_ON.name(), plannedOn));
    }

    public ScrCase published(String on) {
        return complete(Elements.PUBLISH_REPORT, Map.of(PUBLISHED_ON.name(), on,
            PUBLICATION_LINK.name(), "https://www.iowscb.org.uk/scr/" + reference()));
    }

    public ScrCase findingsRecorded(String findings) {
        return complete(Elements.RECORD_FINDINGS, Map.of(LearningLoop.FINDINGS.name(), findings));
    }

    // answers

    static VariableMap notification(String on) {
        return Variables.createVariables()
            .putValue(OFSTED_NOTIFIED.name(), true)
            .putValue(DFE_NOTIFIED.name(), true)
            .putValue(NATIONAL_PANEL_NOTIFIED.name(), true)
            .putValue(NOTIFIED_ON.name(), on);
    }

    static VariableMap appointment(String reviewer, boolean independent) {
        return Variables.createVariables()
            .putValue(INDEPENDENT_REVIEWER.name(), reviewer)
            .putValue(REVIEWER_INDEPENDENCE_CONFIRMED.name(), independent);
    }

    static VariableMap agencyReport(String agency) {
        return Variables.createVariables()
            .putValue(CHRONOLOGY_PROVIDED.name(), true)
            .putValue(MANAGEMENT_REPORT_PROVIDED.name(), true)
            .putValue(AGENCY_REPORT_REFERENCE.name(), "IMR/" + agency)
            .putValue(AGENCY_KEY_ISSUES.name(), "Key issues found by " + agency);
    }

    static VariableMap professionals(String on) {
        return Variables.createVariables()
            .putValue(PROFESSIONALS_INVITED_ON.name(), on)
            .putValue(PROFESSIONALS_INVOLVEMENT.name(), "Practitioner learning event with the reviewer")
            .putValue(NO_BLAME_EXPLAINED.name(), true);
    }

    static VariableMap family(String on) {
        return Variables.createVariables()
            .putValue(FAMILY_INVITED_ON.name(), on)
            .putValue(FAMILY_INVOLVEMENT.name(), "Two meetings with the reviewer; sees the report before publication")
            .putValue(FAMILY_EXPECTATIONS.name(), "What the review can and cannot do, the timetable, publication")
            .putValue(SURVIVING_CHILDREN_INVOLVEMENT.name(), "The older sibling meets the reviewer with an advocate")
            .putValue(FAMILY_TOLD_HOW.name(), true);
    }

    static VariableMap decision(String acceptedName, boolean accepted, String commentsName, String comments) {
        VariableMap answers = Variables.createVariables().putValue(acceptedName, accepted);
        if (comments != null) {
            answers.putValue(commentsName, comments);
        }
        return answers;
    }
}
