package org.iowscb.learningloop.platform.process;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a person would enter in a field of one of a module's Camunda Forms, where the field's type
 * alone cannot tell: a date that records something done today, a box that opens a detour when
 * ticked, a reference typed by hand. Each module that owns forms offers one, naming its fields by
 * its process API's variables; the demo cases ask them before filling a field by its type.
 */
public interface FormAnswers {

    /**
     * The answer for this field, or empty when its type will do.
     *
     * @param formId   the form's id ({@code scr-initiation})
     * @param fieldKey the field's key, the variable it submits
     * @param today    the engine's day
     */
    Optional<Object> answer(String formId, String fieldKey, LocalDate today);
}
