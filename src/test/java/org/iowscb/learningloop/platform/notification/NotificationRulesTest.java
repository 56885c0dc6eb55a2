package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.Properties;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.iowscb.learningloop.platform.deadline.DeadlineProperties;
import org.iowscb.learningloop.platform.deadline.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The rules behind the emails, without the engine. */
class NotificationRulesTest {

    final NotificationProperties defaults = new NotificationProperties(true, "learning-loop@localhost", 2, 5,
        "PT1M,PT5M,PT15M,PT1H,PT4H", LocalTime.of(7, 0), 90);
    final DeadlineClock clock = new DeadlineClock(new WorkingDays(DeadlineProperties.defaults()),
        DeadlineProperties.defaults(), defaults);

    @Test
    @DisplayName("only a task name drawn in the model reaches an email, never one computed from variables")
    void taskNameFromTheModelOnly() {
        assertThat(SafeText.taskName(expression("Review the framework"), "review-framework"))
            .isEqualTo("Review the framework");
        assertThat(SafeText.taskName(expression("Review ${childName}"), "review-framework"))
            .isEqualTo("review-framework");
        assertThat(SafeText.taskName(expression("#{familyName}"), "review-framework")).isEqualTo("review-framework");
        assertThat(SafeText.taskName(null, "review-framework")).isEqualTo("review-framework");
    }

    @Test
    @DisplayName("only a case reference the system issued reaches an email, not a business key someone typed")
    void caseReferenceInTheSystemsFormatOnly() {
        assertThat(SafeText.caseReference("SCR-2026-0001")).isEqualTo("SCR-2026-0001");
        assertThat(SafeText.caseReference("S175-2027-0012")).isEqualTo("S175-2027-0012");
        assertThat(SafeText.caseReference("Smith family")).isNull();
        assertThat(SafeText.caseReference(null)).isNull();
    }

    @Test
    @DisplayName("reminders count working days back from the due date, skipping bank holidays")
    void reminderSkipsBankHolidays() {
        Date due = Date.from(Instant.parse("2026-12-29T17:00:00Z"));
        assertThat(clock.reminderAt(due)).isEqualTo(Instant.parse("2026-12-23T17:00:00Z"));
        assertThat(clock.firstLook(due, Date.from(Instant.parse("2026-12-24T09:00:00Z"))))
            .as("too close for a reminder: the first look is the due date").isEqualTo(due);
        assertThat(clock.nextEscalation(due, due)).isEqualTo(Instant.parse("2027-01-06T17:00:00Z"));
        assertThat(clock.nextEscalation(due, Date.from(Instant.parse("2027-01-20T12:00:00Z"))))
            .as("after a long outage, the next interval still to come").isEqualTo(Instant.parse("2027-01-20T17:00:00Z"));
        assertThat(clock.nextDigest(Date.from(Instant.parse("2026-12-24T08:00:00Z"))))
            .as("Christmas, Boxing Day (Monday 28) and the weekend have no digest")
            .isEqualTo(Instant.parse("2026-12-29T07:00:00Z"));
    }

    @Test
    @DisplayName("the mail timeouts must be set and far below the job lock, or the application does not start")
    void mailTimeoutsFarBelowTheJobLock() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        assertThatThrownBy(() -> MailConfiguration.requireTimeoutsFarBelowTheJobLock(sender, 300_000))
            .hasMessageContaining("mail.smtp.writetimeout");

        properties.setProperty("mail.smtp.writetimeout", "5000");
        MailConfiguration.requireTimeoutsFarBelowTheJobLock(sender, 300_000);
        assertThatThrownBy(() -> MailConfiguration.requireTimeoutsFarBelowTheJobLock(sender, 60_000))
            .hasMessageContaining("a tenth of the job lock time");
    }

    @Test
    @DisplayName("retry intervals must be ISO-8601 durations")
    void retryIntervals() {
        assertThat(defaults.retryWaits()).hasSize(5);
        assertThatThrownBy(() -> new NotificationProperties(true, "x@y", 2, 5, "every minute", LocalTime.NOON, 90))
            .isInstanceOf(RuntimeException.class);
    }

    private static Expression expression(String text) {
        return new Expression() {
            @Override
            public Object getValue(VariableScope variableScope) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void setValue(Object value, VariableScope variableScope) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String getExpressionText() {
                return text;
            }

            @Override
            public boolean isLiteralText() {
                return !text.contains("{");
            }
        };
    }
}
