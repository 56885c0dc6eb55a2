package org.iowscb.learningloop.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.iowscb.learningloop.learning.improvementaction.ImprovementAction;
import org.iowscb.learningloop.learning.learningcycle.DisseminationMethod;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle;
import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.FormAnswers;
import org.springframework.stereotype.Component;

/**
 * What a person typically enters in the learning loop's forms where a field's type cannot tell:
 * lessons are learnt (a new issue would start another review), spread by multi-agency training
 * and a briefing, a dissemination happened today,
 * an overdue action's owner has not yet agreed a new date.
 */
@Component
class LearningFormAnswers implements FormAnswers {

    @Override
    public Optional<Object> answer(String formId, String fieldKey, LocalDate today) {
        if (fieldKey.equals(LearningCycle.LESSON_OUTCOME_FIELD)) {
            return Optional.of(LearningRegister.LessonState.LEARNT.name());
        }
        if (fieldKey.equals(LearningCycle.LESSON_PLAN_METHODS_FIELD)) {
            // multi-agency training, followed up some weeks on, and a briefing for every agency
            return Optional.of(List.of(DisseminationMethod.MULTI_AGENCY_TRAINING.name(),
                DisseminationMethod.BRIEFING.name()));
        }
        if (fieldKey.equals(LearningCycle.DISSEMINATED_ON.name())) {
            return Optional.of(today.toString());
        }
        if (fieldKey.equals(ImprovementAction.NEW_DATE_AGREED.name())) {
            return Optional.of(false);
        }
        if (fieldKey.equals(LearningCycle.NEW_REVIEW_TYPE.name())) {
            return Optional.of(CaseType.THEMATIC_CASE_AUDIT.processKey());
        }
        if (fieldKey.equals(CaseVariables.THEME.name())) {
            return Optional.of("Neglect of adolescents");
        }
        return Optional.empty();
    }
}
