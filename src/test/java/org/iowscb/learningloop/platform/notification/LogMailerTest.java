package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.iowscb.learningloop.support.ProcessTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LogMailerTest extends ProcessTest {

    @Autowired
    Mailer mailer;

    @Test
    @DisplayName("without spring.mail.host an email is written to the log at INFO, not sent")
    void withoutAMailServerEmailsGoToTheLog(CapturedOutput output) {
        assertThat(mailer).isInstanceOf(LogMailer.class);

        mailer.send(new Email("<1@learning-loop>", "scr-chair@example.org", "Board: New task for your group: Review",
            "Task: Review the framework", "<p>Review</p>"));

        assertThat(output.getOut()).contains("INFO", "Email (no mail server configured: set spring.mail.host",
            "to scr-chair@example.org", "subject \"Board: New task for your group: Review\"", "Task: Review the framework");
    }
}
