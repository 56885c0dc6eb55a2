package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.learning.LearningRegister.LessonState;
import org.iowscb.learningloop.platform.process.RejectedInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Evaluating the learning, as the framework lists it (case audits, case reviews, reporting on
 * action plans, evaluation of training): per lesson, learnt, not yet learnt (back to embedding)
 * or new issues found (a new review or audit).
 */
@Configuration(proxyBeanMethods = false)
class Evaluation {

    static final Set<String> OUTCOMES = Set.of(LessonState.LEARNT.name(), LessonState.NOT_YET_LEARNT.name(),
        LessonState.NEW_ISSUES.name());
    static final int MAX_NOTES = 2000;

    /** On creation: what the actions and the training follow-ups produced, for the evaluation form. */
    @Bean
    TaskListener summariseEvaluation(LearningRegister register) {
        return task -> {
            StringBuilder text = new StringBuilder("Actions:\n");
            List<String> actions = register.actionLines(task.getExecution().getProcessBusinessKey());
            text.append(actions.isEmpty() ? "- none in the plan\n" : "- " + String.join("\n- ", actions) + "\n");
            text.append("\nTraining followed up six weeks on:\n");
            List<String> impacts = register.followUpLines(task.getExecution().getProcessBusinessKey());
            text.append(impacts.isEmpty() ? "- no training followed up\n" : "");
            impacts.forEach(impact -> text.append("- ").append(impact).append('\n'));
            LearningCycle.EVALUATION_SUMMARY.set(task, text.toString());
        };
    }

    /** On completion: an outcome and the evidence for every lesson; the register records both. */
    @Bean
    TaskListener learningEvaluated(LearningRegister register, WorkingDays workingDays) {
        return task -> {
            List<Map<String, Object>> lessons = Identification.lessons(task);
            List<String> problems = new ArrayList<>();
            for (int slot = 1; slot <= lessons.size(); slot++) {
                String outcome = CycleData.text(task, lesson(slot, "Outcome"));
                String notes = CycleData.text(task, lesson(slot, "EvaluationNotes"));
                if (outcome == null || !OUTCOMES.contains(outcome)) {
                    problems.add("lesson " + slot + " needs an outcome: learnt, not yet learnt, or new issues found");
                }
                if (notes == null || notes.isEmpty()) {
                    problems.add("lesson " + slot + " needs the evidence for its outcome");
                } else if (notes.length() > MAX_NOTES) {
                    problems.add("lesson " + slot + "'s evidence is " + notes.length() + " characters long; at most "
                        + MAX_NOTES + " are accepted");
                }
            }
            if (!problems.isEmpty()) {
                throw new RejectedInputException(problems);
            }
            boolean allLearnt = true;
            boolean newIssues = false;
            for (int slot = 1; slot <= lessons.size(); slot++) {
                LessonState outcome = LessonState.valueOf(CycleData.text(task, lesson(slot, "Outcome")));
                register.evaluateLesson((String) lessons.get(slot - 1).get("reference"), outcome,
                    CycleData.text(task, lesson(slot, "EvaluationNotes")), workingDays.today());
                allLearnt &= outcome != LessonState.NOT_YET_LEARNT;
                newIssues |= outcome == LessonState.NEW_ISSUES;
            }
            LearningCycle.ALL_LEARNT.set(task.getExecution(), allLearnt);
            LearningCycle.NEW_ISSUES_FOUND.set(task.getExecution(), newIssues);
        };
    }
}
