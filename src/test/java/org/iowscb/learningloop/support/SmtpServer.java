package org.iowscb.learningloop.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail as a real SMTP server on a free loopback port, one for the whole test JVM: every test
 * context sends its emails here ({@link ApplicationTest}), and the email tests can stop it (the
 * mail server is down) and start it again on the same port.
 */
public final class SmtpServer {

    public static final int PORT = freePort();
    private static final GreenMail GREEN_MAIL = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    /** One received email, decoded: who to, the subject, each part's content type and text. */
    public record Received(String to, String subject, String messageId, String contentType, List<String> partTypes,
                    List<String> partTexts) {

        public String text() {
            return partTexts.get(0);
        }

        public String html() {
            return partTexts.get(1);
        }

        /** Subject and every part, to search for what must never be there. */
        public String everything() {
            return subject + "\n" + String.join("\n", partTexts);
        }
    }

    private SmtpServer() {
    }

    public static synchronized void up() {
        if (!GREEN_MAIL.isRunning()) {
            GREEN_MAIL.start();
        }
    }

    public static synchronized void down() {
        GREEN_MAIL.stop();
    }

    public static void forgetReceived() {
        try {
            GREEN_MAIL.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Received> received() {
        return Arrays.stream(GREEN_MAIL.getReceivedMessages()).map(SmtpServer::decode).toList();
    }

    public static List<Received> receivedBy(String address) {
        return received().stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    private static Received decode(MimeMessage message) {
        try {
            List<String> types = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    types.add(part.getContentType());
                    texts.add(String.valueOf(part.getContent()));
                }
            } else {
                types.add(message.getContentType());
                texts.add(String.valueOf(content));
            }
            return new Received(message.getRecipients(MimeMessage.RecipientType.TO)[0].toString(), message.getSubject(),
                message.getMessageID(), message.getContentType(), types, texts);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received email", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
