package org.iowscb.learningloop.learning;

import org.iowscb.learningloop.platform.identity.StartFormChoice;
import org.iowscb.learningloop.platform.process.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The lessons an action may embed ({@code lessonOptions} on a start form): those of the register
 * not yet learnt, by reference and what they say.
 */
@Component
public class LessonChoices implements StartFormChoice {

    /** The lessons as choices ([{value, label}]): on a start form, and on the plan form for its actions. */
    public static final String LESSON_OPTIONS = "lessonOptions";

    private final LearningRegister register;

    LessonChoices(LearningRegister register) {
        this.register = register;
    }

    @Override
    public String name() {
        return LESSON_OPTIONS;
    }

    @Override
    public Object choices() {
        return JsonValue.of(register.openLessonChoices());
    }
}
