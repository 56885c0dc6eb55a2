package org.iowscb.learningloop.platform.notification;

import java.util.List;
import java.util.Properties;

import org.iowscb.learningloop.platform.LearningLoopProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The {@link Mailer}: SMTP when {@code spring.mail.host} is set (Spring Boot then provides a
 * {@link JavaMailSender}), otherwise the log.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Mailer mailer(ObjectProvider<JavaMailSender> sender, NotificationProperties notifications,
                  LearningLoopProperties application,
                  @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long jobLockMillis) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return new LogMailer();
        }
        if (smtp instanceof JavaMailSenderImpl configured) {
            requireTimeoutsFarBelowTheJobLock(configured, jobLockMillis);
        }
        return new SmtpMailer(smtp, notifications.from(), application.boardName());
    }

    /**
     * A send that outlived the job's lock could be taken up by a second node and sent twice, and JavaMail
     * waits forever by default: the connection, read and write timeouts together must stay under a tenth
     * of the job lock time (5 s each against 5 minutes in application.yaml).
     */
    static void requireTimeoutsFarBelowTheJobLock(JavaMailSenderImpl sender, long jobLockMillis) {
        Properties properties = sender.getJavaMailProperties();
        String prefix = "mail." + (sender.getProtocol() == null ? "smtp" : sender.getProtocol()) + ".";
        long total = 0;
        for (String name : List.of("connectiontimeout", "timeout", "writetimeout")) {
            String value = properties.getProperty(prefix + name);
            long millis;
            try {
                millis = value == null ? 0 : Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                millis = 0;
            }
            if (millis <= 0) {
                throw new IllegalStateException("Set spring.mail.properties." + prefix + name + " (milliseconds, for"
                    + " example 5000): without it a slow mail server holds a sending job past its lock");
            }
            total += millis;
        }
        if (total * 10 > jobLockMillis) {
            throw new IllegalStateException("The mail timeouts (" + total + " ms together) must stay under a tenth of"
                + " the job lock time (" + jobLockMillis + " ms), or a slow send could be taken up by a second node");
        }
    }
}
