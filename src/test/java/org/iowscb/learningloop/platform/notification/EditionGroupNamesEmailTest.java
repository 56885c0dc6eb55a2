package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iowscb.learningloop.support.DemoUsers.email;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.iowscb.learningloop.frameworkreview.FrameworkAnnualReview;
import org.iowscb.learningloop.support.SmtpServer;
import org.iowscb.learningloop.support.SmtpServer.Received;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An email names the task's group as the case's edition does: under Working Together 2023 the
 * groups {@code scr-subgroup} and {@code board} are the case review group and the safeguarding
 * partners (the configured names), not the names Admin gives them for 2013 (TaskEmailsTest shows
 * those). The group ids, and so who receives the email, do not change.
 */
class EditionGroupNamesEmailTest extends MailTest {

    @Test
    @DisplayName("a wt2023 framework review: the case review group, then the safeguarding partners, by those names")
    void wt2023CaseNamesItsGroupsByItsEdition() {
        at("2150-03-03T10:00:00Z");
        ProcessInstance review = requestReview("New national guidance");
        jobs.runDue();

        List<Received> first = SmtpServer.received();
        assertThat(first).extracting(Received::to).containsExactly(email("scr-chair"));
        assertThat(first.get(0).text()).contains("Group:           Case review group")
            .doesNotContain("Serious Case Review Sub Group");
        assertThat(first.get(0).html()).contains("Case review group").doesNotContain("Serious Case Review Sub Group");

        SmtpServer.forgetReceived();
        work("scr-chair", review, Variables.createVariables()
            .putValue(FrameworkAnnualReview.WHAT_CHANGED.name(), "Working Together 2023 replaces the 2013 guidance")
            .putValue(FrameworkAnnualReview.REVISION_NEEDED.name(), true)
            .putValue(FrameworkAnnualReview.NEXT_REVIEW_DATE.name(), "2150-12-03"));
        jobs.runDue();

        List<Received> second = SmtpServer.received();
        assertThat(second).extracting(Received::to).containsExactly(email("board"));
        assertThat(second.get(0).text()).contains("Group:           Safeguarding partners");
        assertThat(second.get(0).html()).contains("Safeguarding partners");
    }
}
