package org.iowscb.learningloop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.FAMILY_INVITED_ON;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.FAMILY_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.FAMILY_TOLD_HOW;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.FINDINGS;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.INDEPENDENCE_STATEMENT;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.INDEPENDENT_REVIEWER;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.NO_BLAME_EXPLAINED;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.PARTNERS_RESPONSE;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.PLANNED_PUBLICATION_ON;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.PRACTITIONERS_INVOLVED_ON;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.PRACTITIONERS_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.PUBLICATION_LINK;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.PUBLISH;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.PUBLISHED_ON;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.RECOMMENDATIONS;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.REPORT_ACCEPTED;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.REPORT_REFERENCE;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.REPORT_SENT_ON;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.REPORT_SUMMARY;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.REVIEWER_INDEPENDENCE_CONFIRMED;
import static org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.TERMS_OF_REFERENCE;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.lcspr.LocalChildSafeguardingPracticeReview.Elements;

/**
 * One local child safeguarding practice review in a test: completes each step over the engine's
 * Java API with the answers a person would give in its forms (the happy answer), from the
 * reviewer's appointment to the findings handed to the learning loop. The dates a step records
 * are the caller's, so the same walk serves a test on any engine clock.
 */
public final class LocalReviewCase {

    /** The demo user who is one of the independent reviewers (CONTRACT.md). */
    public static final String REVIEWER = "reviewer";

    private final ProcessEngine engine;
    private final ProcessInstance review;

    private LocalReviewCase(ProcessEngine engine, ProcessInstance review) {
        this.engine = engine;
        this.review = review;
    }

    public static LocalReviewCase of(ProcessEngine engine, ProcessInstance review) {
        return new LocalReviewCase(engine, review);
    }

    public ProcessInstance instance() {
        return review;
    }

    /** The reviewer's appointment as its form gives it: an independent reviewer, independence confirmed and stated. */
    public static VariableMap reviewer() {
        return Variables.createVariables().putValue(INDEPENDENT_REVIEWER.name(), REVIEWER)
            .putValue(REVIEWER_INDEPENDENCE_CONFIRMED.name(), true)
            .putValue(INDEPENDENCE_STATEMENT.name(), "No role in the case or in any agency reviewed");
    }

    public LocalReviewCase reviewerAppointed() {
        return complete(Elements.APPOINT_REVIEWER, reviewer());
    }

    public LocalReviewCase termsAgreed() {
        return complete(Elements.AGREE_TERMS_OF_REFERENCE, Map.of(TERMS_OF_REFERENCE.name(), "The last year; information sharing"));
    }

    /** Practitioners and the family invited on this day (not in the future). */
    public LocalReviewCase practitionersAndFamilyInvolved(String invitedOn) {
        complete(Elements.INVOLVE_PRACTITIONERS, Map.of(PRACTITIONERS_INVOLVED_ON.name(), invitedOn,
            PRACTITIONERS_INVOLVEMENT.name(), "A learning event", NO_BLAME_EXPLAINED.name(), true));
        return complete(Elements.INVOLVE_FAMILY, Map.of(FAMILY_INVITED_ON.name(), invitedOn,
            FAMILY_INVOLVEMENT.name(), "The mother meets the reviewer", FAMILY_TOLD_HOW.name(), true));
    }

    public LocalReviewCase drafted() {
        return complete(Elements.DRAFT_REPORT, Map.of(REPORT_REFERENCE.name(), "LCSPR-DOC-1",
            REPORT_SUMMARY.name(), "Information was not shared", RECOMMENDATIONS.name(), "Share call-outs within a day"));
    }

    public LocalReviewCase accepted() {
        return complete(Elements.ACCEPT_FINAL_REPORT, Map.of(REPORT_ACCEPTED.name(), true));
    }

    /** From the reviewer's appointment to the final report accepted, people invited on this day. */
    public LocalReviewCase toAcceptance(String invitedOn) {
        return reviewerAppointed().termsAgreed().practitionersAndFamilyInvolved(invitedOn).drafted().accepted();
    }

    /** The partners decide to publish; the report goes to the Panel and the Secretary of State on one day, publication planned on another. */
    public LocalReviewCase sentForPublication(String sentOn, String plannedOn) {
        complete(Elements.DECIDE_PUBLICATION, Map.of(PUBLISH.name(), true));
        return complete(Elements.SEND_REPORT, Map.of(REPORT_SENT_ON.name(), sentOn, PLANNED_PUBLICATION_ON.name(), plannedOn));
    }

    public LocalReviewCase published(String publishedOn, String link) {
        return complete(Elements.PUBLISH_REPORT, Map.of(PUBLISHED_ON.name(), publishedOn, PUBLICATION_LINK.name(), link));
    }

    public LocalReviewCase partnersResponded() {
        return complete(Elements.WRITE_PARTNERS_RESPONSE, Map.of(PARTNERS_RESPONSE.name(), "Each agency will report progress quarterly"));
    }

    /** The findings recorded, and the asynchronous handover to the learning loop run. */
    public LocalReviewCase findingsHandedOver(String findings) {
        complete(Elements.RECORD_FINDINGS, Map.of(FINDINGS.name(), findings));
        Jobs.fire(engine, review.getId(), Elements.HAND_FINDINGS_TO_LEARNING_LOOP);
        return this;
    }

    /** Completes the review's one open task of this definition key with these answers. */
    public LocalReviewCase complete(String taskKey, Map<String, Object> answers) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
            .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open tasks %s of %s", taskKey, review.getBusinessKey()).hasSize(1);
        engine.getTaskService().complete(tasks.get(0).getId(), answers);
        return this;
    }
}
