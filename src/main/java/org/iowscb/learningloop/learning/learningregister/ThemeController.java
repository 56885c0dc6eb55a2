package org.iowscb.learningloop.learning.learningregister;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.iowscb.learningloop.learning.LearningRegister;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/learning/themes}: the controlled list of themes a lesson is filed under, and
 * (business unit or administrator) a new theme for it.
 */
@RestController
@RequestMapping(RegisterWebConfiguration.BASE + "/themes")
class ThemeController {

    static final int MAX_CODE = 64;
    static final int MAX_LABEL = 200;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final LearningRegister register;
    private final LessonQuery lessons;

    ThemeController(LearningRegister register, LessonQuery lessons) {
        this.register = register;
        this.lessons = lessons;
    }

    /** The themes in use, sorted by label. */
    @GetMapping
    List<Theme> themes() {
        return register.themes().entrySet().stream().map(e -> new Theme(e.getKey(), e.getValue())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Theme add(@RequestBody Theme theme) {
        String code = Problems.given(theme.code());
        String label = Problems.given(theme.label());
        List<String> problems = new ArrayList<>();
        if (code == null) {
            problems.add("code is required");
        } else if (code.length() > MAX_CODE) {
            problems.add("code is " + code.length() + " characters long; at most " + MAX_CODE + " are accepted");
        } else if (!CODE.matcher(code).matches()) {
            problems.add("code '" + code + "' must be lowercase words joined by hyphens, for example county-lines");
        }
        if (label == null) {
            problems.add("label is required");
        } else if (label.length() > MAX_LABEL) {
            problems.add("label is " + label.length() + " characters long; at most " + MAX_LABEL + " are accepted");
        }
        if (!problems.isEmpty()) {
            throw RegisterRequestException.badRequest(problems);
        }
        lessons.themeLabel(code).ifPresent(existing -> {
            throw RegisterRequestException.conflict("The theme '" + code + "' is already in the list (\"" + existing
                + "\").");
        });
        register.addTheme(code, label);
        return new Theme(code, label);
    }
}
