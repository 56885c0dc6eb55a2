package org.iowscb.learningloop.platform.notification;

/**
 * Where rendered emails go: an SMTP server ({@link SmtpMailer}) or, with none configured, the log
 * ({@link LogMailer}). Throws when the email could not be handed over, so the sending job fails and is
 * retried.
 */
interface Mailer {

    void send(Email email);
}
