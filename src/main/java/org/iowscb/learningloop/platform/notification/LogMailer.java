package org.iowscb.learningloop.platform.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no {@code spring.mail.host} (the default profile): each email is written to the log at INFO,
 * its plain text in full. Safe to log: an email holds no personal data, only the task's name, case
 * reference, due date, group and link.
 */
class LogMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(LogMailer.class);

    @Override
    public void send(Email email) {
        LOG.info("Email (no mail server configured: set spring.mail.host to send it) to {}, subject \"{}\"\n{}",
            email.to(), email.subject(), email.text());
    }
}
