package org.iowscb.learningloop.casereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.casereview.childdeathreview2018.ChildDeathReview2018;
import org.iowscb.learningloop.learning.LearningLoop;
import org.iowscb.learningloop.support.DemoUsers;
import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual report's child deaths by category count the reviews of the 2018 guidance as well as the
 * 2013 ones. The year 2043/44 is this class's alone (the annual report's own test uses 2041/42).
 */
class CaseReviewFiguresTest extends ProcessTest {

    @Autowired
    CaseReviewFigures figures;

    @Test
    @DisplayName("a death reviewed at the CDOP under the 2018 guidance counts in its category in the year of the CDOP review")
    void a2018ReviewCountsInItsCategory() {
        LocalDate from = LocalDate.of(2043, 4, 1);
        LocalDate until = LocalDate.of(2044, 4, 1);
        clockAt("2043-05-06T09:00:00Z");
        ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey(ChildDeathReview2018.KEY,
            Variables.createVariables()
                .putValue(DATE_OF_DEATH.name(), "2043-05-01")
                .putValue(CHILD_AGE_YEARS.name(), 3)
                .putValue(INVOLVED_AGENCIES.name(), DemoUsers.HEALTH)
                .putValue(CIRCUMSTANCES.name(), "Died in hospital after a short illness"));
        complete(review, Elements.DECIDE_IMMEDIATE_RESPONSE, Variables.createVariables()
            .putValue(JOINT_AGENCY_RESPONSE.name(), false).putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false));
        complete(review, Elements.PROVIDE_AGENCY_INFORMATION, Variables.createVariables()
            .putValue(AGENCY_INVOLVEMENT.name(), "Known to the hospital")
            .putValue(AGENCY_CONCERNS.name(), "")
            .putValue(AGENCY_SUSPECTS_ABUSE_OR_NEGLECT.name(), false));
        complete(review, Elements.RECORD_REVIEW_MEETING, Variables.createVariables()
            .putValue(REVIEW_MEETING_HELD_ON.name(), "2043-05-06")
            .putValue(PRACTITIONERS_ATTENDING.name(), "Paediatrician, GP")
            .putValue(REVIEW_MEETING_OUTCOME.name(), "Care was timely"));
        assertThat(figures.childDeathsByCategory(from, until)).filteredOn(category -> category.deaths() > 0).isEmpty();

        complete(review, Elements.CDOP_REVIEW, Variables.createVariables()
            .putValue(CATEGORY_OF_DEATH.name(), "infection")
            .putValue(MODIFIABLE_FACTORS_FOUND.name(), "no")
            .putValue(ABUSE_OR_NEGLECT_SUSPECTED.name(), false)
            .putValue(LearningLoop.FINDINGS.name(), "No modifiable factors"));

        assertThat(figures.childDeathsByCategory(from, until)).filteredOn(category -> category.deaths() > 0)
            .extracting(CaseReviewFigures.DeathCategory::code, CaseReviewFigures.DeathCategory::deaths)
            .containsExactly(tuple("infection", 1));
        assertThat(figures.childDeathsByCategory(until, until.plusYears(1)))
            .allSatisfy(category -> assertThat(category.deaths()).isZero());
    }
}
