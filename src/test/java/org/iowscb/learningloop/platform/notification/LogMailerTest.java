package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.iowscb.learningloop.platform.LearningLoopProperties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Without {@code spring.mail.host} Spring Boot makes no mail sender, and the application writes
 * each email to the log. Shown on the mail configuration itself: the test application sends its
 * emails to a mail server of the tests' own.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogMailerTest {

    @Test
    @DisplayName("without spring.mail.host an email is written to the log at INFO, not sent")
    void withoutAMailServerEmailsGoToTheLog(CapturedOutput output) {
        Mailer mailer = new MailConfiguration().mailer(
            new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
            new NotificationProperties(true, "learning-loop@localhost", 2, 5, "PT1M", LocalTime.of(7, 0), 90),
            new LearningLoopProperties("Board", "./data", false, "http://localhost:8080", null),
            300_000);
        assertThat(mailer).isInstanceOf(LogMailer.class);

        mailer.send(new Email("<1@learning-loop>", "scr-chair@example.org", "Board: New task for your group: Review",
            "Task: Review the framework", "<p>Review</p>"));

        assertThat(output.getOut()).contains("INFO", "Email (no mail server configured: set spring.mail.host",
            "to scr-chair@example.org", "subject \"Board: New task for your group: Review\"", "Task: Review the framework");
    }
}
