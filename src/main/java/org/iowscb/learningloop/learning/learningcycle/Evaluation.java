package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSON_OUTCOMES;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.Lesson;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.LessonOutcome;
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

    /** On creation: what the actions and the training follow-ups produced, and one entry per lesson to evaluate. */
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
            prefill(task);
        };
    }

    /** On completion: an outcome and the evidence for every lesson; the register records both. */
    @Bean
    TaskListener learningEvaluated(LearningRegister register, WorkingDays workingDays) {
        return task -> {
            List<LessonOutcome> outcomes = outcomes(task, LESSONS.from(task));
            List<String> problems = new ArrayList<>();
            for (int number = 1; number <= outcomes.size(); number++) {
                String outcome = outcomes.get(number - 1).outcome();
                String notes = outcomes.get(number - 1).notes() == null ? "" : outcomes.get(number - 1).notes().trim();
                if (outcome == null || !OUTCOMES.contains(outcome)) {
                    problems.add("lesson " + number + " needs an outcome: learnt, not yet learnt, or new issues found");
                }
                if (notes.isEmpty()) {
                    problems.add("lesson " + number + " needs the evidence for its outcome");
                } else if (notes.length() > MAX_NOTES) {
                    problems.add("lesson " + number + "'s evidence is " + notes.length() + " characters long; at most "
                        + MAX_NOTES + " are accepted");
                }
            }
            if (!problems.isEmpty()) {
                throw new RejectedInputException(problems);
            }
            boolean allLearnt = true;
            boolean newIssues = false;
            for (LessonOutcome evaluated : outcomes) {
                LessonState outcome = LessonState.valueOf(evaluated.outcome());
                register.evaluateLesson(evaluated.reference(), outcome, evaluated.notes().trim(), workingDays.today());
                allLearnt &= outcome != LessonState.NOT_YET_LEARNT;
                newIssues |= outcome == LessonState.NEW_ISSUES;
            }
            LearningCycle.ALL_LEARNT.set(task.getExecution(), allLearnt);
            LearningCycle.NEW_ISSUES_FOUND.set(task.getExecution(), newIssues);
        };
    }

    /** Before the form opens: one entry per lesson, for its outcome and evidence. */
    static void prefill(DelegateTask task) {
        LESSON_OUTCOMES.offer(task.getExecution(), LESSONS.from(task).stream()
            .map(lesson -> new LessonOutcome(lesson.reference(), lesson.statement(), null, null)).toList());
    }

    /**
     * The outcome of each lesson, as the form entered it: its dynamic list, or, from a case that
     * keeps the first form, the numbered slots. A lesson the list left out has no outcome yet.
     */
    private static List<LessonOutcome> outcomes(DelegateTask task, List<Lesson> lessons) {
        List<LessonOutcome> outcomes = new ArrayList<>();
        if (task.hasVariable(lesson(1, "Outcome"))) {
            for (int slot = 1; slot <= lessons.size(); slot++) {
                Lesson lesson = lessons.get(slot - 1);
                outcomes.add(new LessonOutcome(lesson.reference(), lesson.statement(),
                    CycleData.text(task, lesson(slot, "Outcome")), CycleData.text(task, lesson(slot, "EvaluationNotes"))));
            }
            return outcomes;
        }
        List<LessonOutcome> entered = LESSON_OUTCOMES.entered(task, "a lesson with its outcome and evidence");
        for (int index = 0; index < lessons.size(); index++) {
            Lesson lesson = lessons.get(index);
            LessonOutcome given = LearningCycle.entryFor(lesson, index, entered, LessonOutcome::reference);
            outcomes.add(new LessonOutcome(lesson.reference(), lesson.statement(),
                given == null ? null : given.outcome(), given == null ? null : given.notes()));
        }
        return outcomes;
    }
}
