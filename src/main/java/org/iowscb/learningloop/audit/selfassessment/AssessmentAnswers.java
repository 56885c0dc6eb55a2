package org.iowscb.learningloop.audit.selfassessment;

import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ANSWERS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.GAPS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.LAST_CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.MAX_TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.iowscb.learningloop.platform.process.InputCheck;

/**
 * An organisation submits its self-assessment: every standard rated, with evidence, and a gap
 * statement where it is not fully met. Accepted answers are saved in the same transaction as
 * the task's completion (replacing an earlier submission of the same cycle), and listed for the
 * Sub Groups' forms.
 */
final class AssessmentAnswers {

    private final SelfAssessmentAudit audit;
    private final SelfAssessments store;

    AssessmentAnswers(SelfAssessmentAudit audit, SelfAssessments store) {
        this.audit = audit;
        this.store = store;
    }

    void submit(DelegateTask task) {
        String organisation = audit.organisationVariable().requiredFrom(task);
        InputCheck check = InputCheck.of(task)
            .check(candidateGroupsOf(task).equals(List.of(organisation)),
                audit.organisation() + " cannot be changed: this is the self-assessment of "
                    + String.join(", ", candidateGroupsOf(task)));
        for (Standard standard : audit.standards()) {
            check.required(standard.rating()).requiredText(standard.evidence(), MAX_TEXT);
            Optional<String> value = textOf(task, standard);
            Optional<Rating> rating = value.flatMap(Rating::ofValue);
            check.check(value.isEmpty() || rating.isPresent(), InputCheck.labelOf(standard.rating())
                + " must be met, partially-met or not-met, not '" + value.orElse("") + "'");
            if (rating.map(Rating::hasGap).orElse(false)) {
                check.requiredText(standard.gap(), MAX_TEXT);
            }
        }
        check.orReject();

        List<Answer> answers = new ArrayList<>();
        for (Standard standard : audit.standards()) {
            Rating rating = Rating.ofValue(standard.rating().requiredFrom(task)).orElseThrow();
            String gap = rating.hasGap() ? standard.gap().requiredFrom(task).trim() : null;
            standard.gap().set(task, gap);
            answers.add(new Answer(standard.key(), rating, standard.evidence().requiredFrom(task).trim(), gap));
        }
        store.replace(audit.key(), organisation, task.getExecution().getProcessBusinessKey(), answers);

        ANSWERS.set(task, answers.stream().map(this::shown).toList());
        GAPS.set(task, answers.stream().filter(a -> a.rating().hasGap())
            .map(a -> new SelfAssessment.Gap(titleOf(a), a.rating().label(), a.gap())).toList());
        LAST_CHALLENGE.set(task, CHALLENGE.from(task).filter(challenge -> !challenge.isBlank()).orElse(null));
        CHALLENGE.set(task, null);
    }

    private SelfAssessment.ShownAnswer shown(Answer answer) {
        return new SelfAssessment.ShownAnswer(titleOf(answer), answer.rating().label(), answer.evidence(),
            answer.gap() == null ? "none" : answer.gap());
    }

    private String titleOf(Answer answer) {
        return audit.standards().stream().filter(s -> s.key().equals(answer.standard())).findFirst()
            .orElseThrow().title();
    }

    /** The rating as submitted; empty when it is missing or not text (InputCheck reports both). */
    private static Optional<String> textOf(DelegateTask task, Standard standard) {
        try {
            return standard.rating().from(task);
        } catch (IllegalArgumentException notText) {
            return Optional.empty();
        }
    }

    private static List<String> candidateGroupsOf(DelegateTask task) {
        return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }
}
