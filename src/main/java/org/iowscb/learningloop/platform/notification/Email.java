package org.iowscb.learningloop.platform.notification;

/**
 * One rendered email: plain text and HTML of the same content.
 *
 * @param messageId the Message-ID header, fixed per queued email: were it ever sent twice, mail clients
 *                  would show it once
 */
record Email(String messageId, String to, String subject, String text, String html) {
}
