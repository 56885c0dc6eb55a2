package org.iowscb.learningloop.casereview.seriouscasereview;

import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.BOARD_ACCEPTED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.BOARD_COMMENTS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.BOARD_RESPONSE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.DFE_NOTIFIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.FAMILY_EXPECTATIONS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.FAMILY_INVITED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.FAMILY_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.FAMILY_TOLD_HOW;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INDEPENDENT_REVIEWER;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.INITIATED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MAX_REFERENCE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.MAX_TEXT;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.NATIONAL_PANEL_NOTIFIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.NOTIFIED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.NO_BLAME_EXPLAINED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.OFSTED_NOTIFIED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.OVERVIEW_REPORT_REFERENCE;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PANEL_ACCEPTED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PANEL_COMMENTS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PROFESSIONALS_INVITED_ON;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.PROFESSIONALS_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.RECOMMENDATIONS;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.REPORT_SUMMARY;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.REVIEWER_INDEPENDENCE_CONFIRMED;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.SURVIVING_CHILDREN_INVOLVEMENT;
import static org.iowscb.learningloop.casereview.seriouscasereview.SeriousCaseReview.TERMS_OF_REFERENCE;


import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.casereference.CaseStartCheck;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.platform.identity.Groups;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.ProcessVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What people enter during the review itself is checked before it is accepted: a clear 400 with
 * the reason over REST, a message on the form in Tasklist, and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class ReviewGuards {

    /** Ofsted, the DfE and the national panel are all told of the decision, on a real date. */
    @Bean
    CaseStartCheck scrStartCheck(ReviewInitiation initiation) {
        return initiation.startCheck();
    }

    @Bean
    TaskListener scrNotificationGuard(WorkingDays workingDays) {
        return task -> {
            InputCheck check = InputCheck.of(task)
                .check(Inputs.isTrue(task, OFSTED_NOTIFIED), "Ofsted must be notified of the decision to initiate")
                .check(Inputs.isTrue(task, DFE_NOTIFIED), "the DfE must be notified of the decision to initiate")
                .check(Inputs.isTrue(task, NATIONAL_PANEL_NOTIFIED),
                    "the national panel must be notified of the decision to initiate")
                .dateNotAfter(NOTIFIED_ON, workingDays.today(), "the notifications cannot be dated in the future");
            Inputs.date(task, INITIATED_ON).ifPresent(initiated -> check.dateAfter(NOTIFIED_ON,
                initiated.minusDays(1), "the notifications cannot come before the decision to initiate on " + initiated));
            check.orReject();
        };
    }

    /** Reviews of serious cases are led by people independent of the case (the framework's principles). */
    @Bean
    TaskListener scrReviewerGuard(IdentityService identity) {
        return task -> {
            InputCheck check = InputCheck.of(task).requiredText(INDEPENDENT_REVIEWER, MAX_REFERENCE);
            Inputs.text(task, INDEPENDENT_REVIEWER).ifPresent(reviewer -> check.check(identity.createUserQuery()
                    .userId(reviewer).memberOfGroup(Groups.INDEPENDENT_REVIEWERS).count() == 1,
                InputCheck.labelOf(INDEPENDENT_REVIEWER) + ": '" + reviewer + "' is not one of the independent reviewers"));
            check.check(Inputs.isTrue(task, REVIEWER_INDEPENDENCE_CONFIRMED),
                "the reviewer must be independent of the case and of the organisations whose actions are reviewed: "
                    + "confirm it, or appoint another reviewer");
            check.orReject();
        };
    }

    @Bean
    TaskListener scrTermsOfReferenceGuard() {
        return task -> InputCheck.of(task).requiredText(TERMS_OF_REFERENCE, MAX_TEXT).orReject();
    }

    /** Professionals are invited, told how, and told they contribute without fear of blame. */
    @Bean
    TaskListener scrProfessionalsGuard(WorkingDays workingDays) {
        return task -> InputCheck.of(task)
            .dateNotAfter(PROFESSIONALS_INVITED_ON, workingDays.today(), "the invitation cannot be dated in the future")
            .requiredText(PROFESSIONALS_INVOLVEMENT, MAX_TEXT)
            .check(Inputs.isTrue(task, NO_BLAME_EXPLAINED),
                "professionals must be told they can contribute without fear of blame for actions taken in good faith")
            .orReject();
    }

    /** The family, surviving children included, is invited, told how, and its expectations managed. */
    @Bean
    TaskListener scrFamilyGuard(WorkingDays workingDays) {
        return task -> InputCheck.of(task)
            .dateNotAfter(FAMILY_INVITED_ON, workingDays.today(), "the invitation cannot be dated in the future")
            .requiredText(FAMILY_INVOLVEMENT, MAX_TEXT)
            .requiredText(FAMILY_EXPECTATIONS, MAX_TEXT)
            .optionalText(SURVIVING_CHILDREN_INVOLVEMENT, MAX_TEXT)
            .check(Inputs.isTrue(task, FAMILY_TOLD_HOW), "the family must be told how they will be involved")
            .orReject();
    }

    @Bean
    TaskListener scrDraftGuard() {
        return task -> InputCheck.of(task)
            .requiredText(OVERVIEW_REPORT_REFERENCE, MAX_REFERENCE)
            .requiredText(REPORT_SUMMARY, MAX_TEXT)
            .requiredText(RECOMMENDATIONS, MAX_TEXT)
            .orReject();
    }

    /** The panel accepts the report, or returns it to the reviewer with its reasons. */
    @Bean
    TaskListener scrPanelGuard() {
        return task -> returnNeedsReasons(task, PANEL_ACCEPTED, PANEL_COMMENTS);
    }

    /** The Board accepts the report, or returns it to the reviewer with its reasons. */
    @Bean
    TaskListener scrBoardAcceptanceGuard() {
        return task -> returnNeedsReasons(task, BOARD_ACCEPTED, BOARD_COMMENTS);
    }

    @Bean
    TaskListener scrBoardResponseGuard() {
        return task -> InputCheck.of(task).requiredText(BOARD_RESPONSE, MAX_TEXT).orReject();
    }

    /** A decision to accept the report, or to return it to the reviewer with reasons they can act on. */
    static void returnNeedsReasons(DelegateTask task, ProcessVariable<Boolean> accepted,
                                   ProcessVariable<String> comments) {
        InputCheck check = InputCheck.of(task).required(accepted).optionalText(comments, MAX_TEXT);
        if (Inputs.isFalse(task, accepted)) {
            check.check(Inputs.text(task, comments).isPresent(),
                InputCheck.labelOf(comments) + " is required: say why the report goes back to the reviewer");
        }
        check.orReject();
    }
}
