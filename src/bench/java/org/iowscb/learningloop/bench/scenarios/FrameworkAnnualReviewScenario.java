package org.iowscb.learningloop.bench.scenarios;

import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.BOARD_COMMENTS;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.NEXT_REVIEW_DATE;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.RATIFIED;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REASON;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.REVISION_NEEDED;
import static org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.WHAT_CHANGED;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.bench.BenchScenario;
import org.iowscb.learningloop.bench.StartStep;
import org.iowscb.learningloop.bench.TaskStep;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview.Elements;

/**
 * An earlier review of the framework, requested by the SCR Sub Group chair, that needs a revision the
 * Board ratifies: the longer of the model's two paths (two user tasks).
 */
public class FrameworkAnnualReviewScenario implements BenchScenario {

    /** Demo users (DemoData): scr-chair is in scr-subgroup, board in board. Password demo. */
    static final String SCR_CHAIR = "scr-chair";
    static final String BOARD_MEMBER = "board";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Override
    public String processKey() {
        return FrameworkAnnualReview.KEY;
    }

    @Override
    public StartStep start() {
        return StartStep.message(FrameworkAnnualReview.MESSAGE_REVIEW_REQUESTED, SCR_CHAIR,
            () -> REASON.putInto(Variables.createVariables(), "Benchmark: new statutory guidance published"));
    }

    @Override
    public Map<String, TaskStep> tasks() {
        return Map.of(
            Elements.REVIEW_FRAMEWORK, TaskStep.completeAs(SCR_CHAIR, () -> {
                var variables = Variables.createVariables();
                WHAT_CHANGED.putInto(variables, "Benchmark: the guidance changes the referral criteria");
                REVISION_NEEDED.putInto(variables, true);
                // the guard wants a date after today and within two years (engine clock, London)
                NEXT_REVIEW_DATE.putInto(variables, LocalDate.now(LONDON).plusYears(1).toString());
                return variables;
            }),
            Elements.RATIFY_REVISION, TaskStep.completeAs(BOARD_MEMBER, () -> {
                var variables = Variables.createVariables();
                RATIFIED.putInto(variables, true);
                BOARD_COMMENTS.putInto(variables, "Benchmark: ratified as revised");
                return variables;
            }));
    }
}
