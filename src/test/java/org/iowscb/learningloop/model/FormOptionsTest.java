package org.iowscb.learningloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iowscb.learningloop.platform.process.FormOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An enum of form values ({@link FormOption}) takes its values from its constants' names: the
 * form that offers them offers exactly those, so a renamed constant cannot silently change what
 * a form submits or a table holds.
 */
class FormOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} offers the values of {1}")
    @CsvSource({
        "case-audit-tool.form, org.iowscb.learningloop.audit.caseaudit.AuditGrading",
        "cdr-panel-review.form, org.iowscb.learningloop.casereview.childdeathreview.CategoryOfDeath",
        "s11-self-assessment.form, org.iowscb.learningloop.audit.selfassessment.Rating",
        "s175-self-assessment.form, org.iowscb.learningloop.audit.selfassessment.Rating"})
    void theFormOffersTheEnumsValues(String form, Class<? extends FormOption> options) throws IOException {
        Set<String> values = Arrays.stream(options.getEnumConstants()).map(FormOption::value).collect(Collectors.toSet());
        assertThat(offeredValues(JSON.readTree(Path.of("forms", form).toFile()))).contains(values);
    }

    /** Each field's set of offered values. */
    private static List<Set<String>> offeredValues(JsonNode form) {
        List<Set<String>> offered = new ArrayList<>();
        for (JsonNode values : form.findValues("values")) {
            offered.add(values.findValuesAsText("value").stream().collect(Collectors.toSet()));
        }
        return offered;
    }
}
