package org.iowscb.learningloop.learning.learningregister;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iowscb.learningloop.platform.casereference.CaseType;
import org.iowscb.learningloop.learning.LearningRegister.LessonState;

/**
 * Which lessons a caller asks for. Every part is optional; a lesson matches when it has ANY of
 * the themes, and all of the other parts. {@code from} and {@code to} bound the identified date,
 * both included.
 */
record LessonFilter(Set<String> themes, String sourceType, LessonState state, LocalDate from, LocalDate to,
                    String sourceReference) {

    /** Reads the query parameters; refuses them (400) with every problem at once. */
    static LessonFilter parse(List<String> themes, String sourceType, String state, String from, String to,
                              String sourceReference, Collection<String> knownThemes) {
        Problems problems = new Problems();
        Set<String> themeCodes = new LinkedHashSet<>();
        for (String theme : themes == null ? List.<String>of() : themes) {
            String code = Problems.given(theme);
            if (code == null) {
                continue;
            }
            code = code.toLowerCase(Locale.ROOT);
            if (knownThemes.contains(code)) {
                themeCodes.add(code);
            } else {
                problems.add("theme '" + code + "' is not in the list of themes (GET /api/learning/themes)");
            }
        }
        String type = Problems.given(sourceType);
        if (type != null) {
            type = type.toLowerCase(Locale.ROOT);
            if (CaseType.ofProcessKey(type).isEmpty()) {
                problems.add("sourceType '" + type + "' is not a process of the framework; it is a process key "
                    + "such as serious-case-review or thematic-case-audit");
            }
        }
        LessonState lessonState = problems.oneOf("state", state, LessonState.class);
        LocalDate fromDate = problems.date("from", from);
        LocalDate toDate = problems.date("to", to);
        problems.dateOrder(fromDate, toDate);
        problems.throwIfAny();
        return new LessonFilter(Set.copyOf(themeCodes), type, lessonState, fromDate, toDate,
            Problems.given(sourceReference));
    }
}
