package org.iowscb.learningloop.learning.learningcycle;

import static org.iowscb.learningloop.learning.LearningLoop.SOURCE_TYPE;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSONS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSON_ENTRIES;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.LESSON_SLOTS;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.MAX_STATEMENT;
import static org.iowscb.learningloop.learning.learningcycle.LearningCycle.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.Lesson;
import org.iowscb.learningloop.learning.learningcycle.LearningCycle.LessonEntry;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.iowscb.learningloop.learning.LearningRegister;
import org.iowscb.learningloop.platform.process.CaseVariables;
import org.iowscb.learningloop.platform.process.InputCheck;
import org.iowscb.learningloop.platform.process.RejectedInputException;
import org.iowscb.learningloop.platform.process.StringListVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Identifying the lessons: the form shows which themes earlier reviews already recorded (the
 * repeated-findings problem), and each lesson the Sub Group agrees enters the register.
 */
@Configuration(proxyBeanMethods = false)
class Identification {

    /** On creation: the themes seen in earlier reviews, with those reviews' references. */
    @Bean
    TaskListener showRepeatedThemes(LearningRegister register) {
        return task -> {
            Map<String, String> themes = register.themes();
            Map<String, List<String>> seen = register.earlierSources(List.copyOf(themes.keySet()),
                task.getExecution().getProcessBusinessKey());
            StringBuilder text = new StringBuilder();
            seen.forEach((theme, sources) -> text.append("- ").append(themes.get(theme)).append(": seen in ")
                .append(sources.size()).append(sources.size() == 1 ? " earlier review: " : " earlier reviews: ")
                .append(String.join(", ", sources)).append('\n'));
            LearningCycle.REPEATED_THEMES.set(task,
                text.length() == 0 ? "No theme has been recorded by an earlier review yet." : text.toString());
        };
    }

    /** On completion: at least one lesson, each with a statement and known themes; into the register. */
    @Bean
    TaskListener lessonsIdentified(LearningRegister register, WorkingDays workingDays) {
        return task -> {
            Map<String, String> themes = register.themes();
            List<Lesson> lessons = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            String cycle = task.getExecution().getProcessBusinessKey();
            List<LessonEntry> entered = entered(task);
            for (int number = 1; number <= entered.size(); number++) {
                LessonEntry entry = entered.get(number - 1);
                String statement = entry.statement() == null ? "" : entry.statement().trim();
                List<String> chosen = entry.themes() == null ? List.of() : entry.themes();
                if (statement.isEmpty()) {
                    if (!chosen.isEmpty()) {
                        problems.add("lesson " + number + " has themes but no statement");
                    }
                    continue;
                }
                if (statement.length() > MAX_STATEMENT) {
                    problems.add("lesson " + number + " is " + statement.length() + " characters long; at most "
                        + MAX_STATEMENT + " are accepted");
                }
                if (chosen.isEmpty()) {
                    problems.add("lesson " + number + " needs at least one theme");
                }
                for (String theme : chosen) {
                    if (!themes.containsKey(theme)) {
                        problems.add("lesson " + number + ": '" + theme + "' is not a theme of the list");
                    }
                }
                lessons.add(new Lesson(cycle + "/" + (lessons.size() + 1), statement, List.copyOf(chosen)));
            }
            InputCheck.of(task).check(!lessons.isEmpty() || !problems.isEmpty(), "agree at least one lesson").orReject();
            if (!problems.isEmpty()) {
                throw new RejectedInputException(problems);
            }
            String source = CaseVariables.SOURCE_REFERENCE.from(task).orElse(null);
            String sourceType = SOURCE_TYPE.from(task).orElse(null);
            for (Lesson lesson : lessons) {
                register.recordLesson(lesson.reference(), cycle, source, sourceType, lesson.statement(), lesson.themes(),
                    workingDays.today());
            }
            LESSONS.set(task.getExecution(), lessons);
        };
    }

    /**
     * The lessons the form entered: its dynamic list, or, from a case that keeps the first form,
     * its {@value LearningCycle#LESSON_SLOTS} numbered slots.
     */
    static List<LessonEntry> entered(DelegateTask task) {
        if (!task.hasVariable(lesson(1, "Statement"))) {
            return LESSON_ENTRIES.entered(task, "a lesson with its statement and its themes");
        }
        List<LessonEntry> slots = new ArrayList<>();
        for (int slot = 1; slot <= LESSON_SLOTS; slot++) {
            String statement = CycleData.text(task, lesson(slot, "Statement"));
            List<String> chosen = StringListVariable.stringListVariable(lesson(slot, "Themes")).from(task);
            slots.add(new LessonEntry(statement, chosen));
        }
        return slots;
    }
}
