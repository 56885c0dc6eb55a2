package org.iowscb.learningloop.casereview.casereviewreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployed {@code review-type} decision over every combination of its inputs, against
 * Regulation 5 of the LSCB Regulations 2006 and the framework's thresholds written out here.
 */
class ReviewTypeDecisionTest extends ProcessTest {

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (boolean abuse : new boolean[] {true, false}) {
            for (boolean died : new boolean[] {true, false}) {
                for (boolean harmed : new boolean[] {true, false}) {
                    for (String concern : CaseReviewReferral.CONCERNS) {
                        all.add(Arguments.of(abuse, died, harmed, concern, regulation5(abuse, died, harmed, concern)));
                    }
                }
            }
        }
        return all.stream();
    }

    /** The rule as the issue and the regulation state it, independent of the table. */
    static String regulation5(boolean abuse, boolean died, boolean harmed, String concern) {
        if (abuse && died) {
            return "SCR";
        }
        if (abuse && harmed && concern.equals("SIGNIFICANT")) {
            return "SCR";
        }
        if (concern.equals("SIGNIFICANT")) {
            return "MACR";
        }
        if (concern.equals("LIMITED")) {
            return "IMR";
        }
        return "NONE";
    }

    @ParameterizedTest(name = "abuse={0} died={1} harmed={2} concern={3} -> {4}")
    @MethodSource("everyCombination")
    void recommendsAsRegulation5Says(boolean abuse, boolean died, boolean harmed, String concern, String expected) {
        String recommended = engine.getDecisionService()
            .evaluateDecisionByKey(CaseReviewReferral.DECISION_REVIEW_TYPE)
            .variables(Variables.createVariables()
                .putValue(CaseReviewReferral.ABUSE_OR_NEGLECT.name(), abuse)
                .putValue(CaseReviewReferral.CHILD_DIED.name(), died)
                .putValue(CaseReviewReferral.CHILD_SERIOUSLY_HARMED.name(), harmed)
                .putValue(CaseReviewReferral.AGENCY_WORKING_CONCERN.name(), concern))
            .evaluate().getSingleEntry();
        assertThat(recommended).isEqualTo(expected);
    }

    @Test
    void coversAllTwentyFourCombinations() {
        assertThat(everyCombination()).hasSize(24);
    }
}
