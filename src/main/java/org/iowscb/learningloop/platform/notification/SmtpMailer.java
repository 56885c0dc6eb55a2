package org.iowscb.learningloop.platform.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through Spring's {@link JavaMailSender} ({@code spring.mail.*}) as multipart/alternative: plain
 * text first, HTML second. The sender is the board, by name.
 */
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final InternetAddress from;

    SmtpMailer(JavaMailSender sender, String fromAddress, String boardName) {
        this.sender = sender;
        try {
            this.from = new InternetAddress(fromAddress, boardName, StandardCharsets.UTF_8.name());
            this.from.validate();
        } catch (UnsupportedEncodingException | MessagingException e) {
            throw new IllegalArgumentException("learningloop.notifications.from is not an email address: " + fromAddress, e);
        }
    }

    @Override
    public void send(Email email) {
        sender.send(message(email));
    }

    private MimeMessage message(Email email) {
        Session session = sender.createMimeMessage().getSession();
        MimeMessage message = new FixedIdMessage(session, email.messageId());
        try {
            message.setFrom(from);
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.to(), true));
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("email to " + email.to() + " could not be prepared", e);
        }
    }

    /** Keeps the Message-ID of the queued email when the message is saved. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
