package org.iowscb.learningloop.audit.selfassessment;

import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ANSWERS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ASSESSMENT_ACCEPTED;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.DEADLINE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.DUE_ON;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.ESCALATION_NOTE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.GAPS;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.LAST_CHALLENGE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_COMPLETED_ON;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_CYCLE;
import static org.iowscb.learningloop.audit.selfassessment.SelfAssessment.PREVIOUS_GAPS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.iowscb.learningloop.audit.selfassessment.SelfAssessments.Assessment;

/**
 * Opens one organisation's self-assessment in a cycle, not as a blank form: its answers of the
 * last cycle it completed are filled in, and the gaps it left open are listed. Every variable of
 * the organisation is declared here in the scope of its own sub-process instance, so what it and
 * the Sub Groups enter stays there and never reaches another organisation's task.
 */
final class CarriedForward {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SelfAssessmentAudit audit;
    private final SelfAssessments store;

    CarriedForward(SelfAssessmentAudit audit, SelfAssessments store) {
        this.audit = audit;
        this.store = store;
    }

    void open(DelegateExecution scope) {
        String organisation = audit.organisationVariable().requiredFrom(scope);
        Optional<Assessment> previous = store.latestBefore(audit.key(), organisation, scope.getProcessBusinessKey());
        for (Standard standard : audit.standards()) {
            Optional<Answer> answer = previous.flatMap(p -> p.answer(standard.key()));
            scope.setVariableLocal(standard.rating().name(), answer.map(a -> a.rating().value()).orElse(null));
            scope.setVariableLocal(standard.evidence().name(), answer.map(Answer::evidence).orElse(null));
            scope.setVariableLocal(standard.gap().name(), answer.map(Answer::gap).orElse(null));
        }
        scope.setVariableLocal(PREVIOUS_CYCLE.name(), previous.map(Assessment::cycleReference).orElse(null));
        scope.setVariableLocal(PREVIOUS_COMPLETED_ON.name(),
            previous.map(p -> LocalDate.ofInstant(p.completedAt(), LONDON).toString()).orElse(null));
        PREVIOUS_GAPS.setLocal(scope, previous.map(this::gapsOf).orElse(List.of()));
        scope.setVariableLocal(DUE_ON.name(), DEADLINE.requiredFrom(scope));
        for (String name : List.of(CHALLENGE.name(), LAST_CHALLENGE.name(), ASSESSMENT_ACCEPTED.name(),
            ESCALATION_NOTE.name(), ANSWERS.name(), GAPS.name())) {
            scope.setVariableLocal(name, null);
        }
        audit.ownVariables().forEach(name -> scope.setVariableLocal(name, null));
    }

    /** The standards an assessment did not fully meet, as the forms list them. */
    List<SelfAssessment.Gap> gapsOf(Assessment assessment) {
        return assessment.answers().stream().filter(a -> a.rating().hasGap())
            .map(a -> new SelfAssessment.Gap(titleOf(a.standard()), a.rating().label(), a.gap()))
            .toList();
    }

    private String titleOf(String key) {
        return audit.standards().stream().filter(s -> s.key().equals(key)).map(Standard::title).findFirst().orElse(key);
    }
}
