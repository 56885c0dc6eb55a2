package org.iowscb.learningloop.learning.learningregister;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/learning/lessons}: every lesson, filtered by theme (repeatable), source type,
 * state, identified date ({@code from}, {@code to}) and source reference; as JSON, or as CSV with
 * {@code /lessons.csv}, {@code ?format=csv} or {@code Accept: text/csv}.
 */
@RestController
@RequestMapping(RegisterWebConfiguration.BASE)
class LessonController {

    static final String TEXT_CSV_VALUE = "text/csv";
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", UTF_8);

    private final LessonQuery lessons;

    LessonController(LessonQuery lessons) {
        this.lessons = lessons;
    }

    @GetMapping(value = "/lessons", produces = {MediaType.APPLICATION_JSON_VALUE, TEXT_CSV_VALUE})
    ResponseEntity<?> lessons(@RequestParam(name = "theme", required = false) List<String> themes,
                              @RequestParam(required = false) String sourceType,
                              @RequestParam(required = false) String state,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to,
                              @RequestParam(required = false) String sourceReference,
                              @RequestParam(required = false) String format,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = wantsCsv(format, accept);
        List<Lesson> found = find(themes, sourceType, state, from, to, sourceReference);
        return csv ? csv(found) : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found);
    }

    @GetMapping("/lessons.csv")
    ResponseEntity<String> lessonsCsv(@RequestParam(name = "theme", required = false) List<String> themes,
                                      @RequestParam(required = false) String sourceType,
                                      @RequestParam(required = false) String state,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String sourceReference) {
        return csv(find(themes, sourceType, state, from, to, sourceReference));
    }

    private List<Lesson> find(List<String> themes, String sourceType, String state, String from, String to,
                              String sourceReference) {
        return lessons.find(LessonFilter.parse(themes, sourceType, state, from, to, sourceReference,
            lessons.themeCodes()));
    }

    private static ResponseEntity<String> csv(List<Lesson> found) {
        return ResponseEntity.ok()
            .contentType(TEXT_CSV)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(LessonCsv.FILENAME).build().toString())
            .body(LessonCsv.of(found));
    }

    /** {@code format} decides; without it, CSV when the caller names text/csv before JSON. */
    static boolean wantsCsv(String format, String accept) {
        String given = Problems.given(format);
        if (given != null) {
            if (given.equalsIgnoreCase("csv")) {
                return true;
            }
            if (given.equalsIgnoreCase("json")) {
                return false;
            }
            throw RegisterRequestException.badRequest(List.of("format '" + given + "' is unknown; it is csv or json"));
        }
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .filter(type -> type.isCompatibleWith(TEXT_CSV) || type.isCompatibleWith(MediaType.APPLICATION_JSON))
                .findFirst().map(type -> type.isCompatibleWith(TEXT_CSV)).orElse(false);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
