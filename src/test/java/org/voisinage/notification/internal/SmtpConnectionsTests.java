package org.voisinage.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The parallel SMTP connections against a real SMTP server (GreenMail), without Spring. */
class SmtpConnectionsTests {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT));

    final JavaMailSenderImpl server = server(SMTP_PORT);

    @Test
    void severalConnectionsDeliverEachMessageExactlyOnce() throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            messages.add(message(someone()));
        }

        SmtpConnections.Outcome outcome;
        try (SmtpConnections connections = new SmtpConnections(server, 4)) {
            outcome = connections.send(messages);
        }

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.delivered()).containsExactlyInAnyOrderElementsOf(messages);
        for (MimeMessage message : messages) {
            String to = message.getAllRecipients()[0].toString();
            assertThat(smtp.getReceivedMessagesForDomain(to)).as("received by %s", to).hasSize(1);
        }
    }

    @Test
    void aConnectionThatBreaksFailsItsMessageAndTheOthersSendTheRest() throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            messages.add(message(someone()));
        }
        MimeMessage broken = breaksTheConnection(someone());
        messages.add(3, broken);

        SmtpConnections.Outcome outcome;
        try (SmtpConnections connections = new SmtpConnections(server, 4)) {
            outcome = connections.send(messages);
        }

        assertThat(outcome.failures()).containsOnlyKeys(broken);
        assertThat(outcome.failures().get(broken)).contains("IOException");
        assertThat(outcome.delivered()).hasSize(30).doesNotContain(broken);
        for (MimeMessage message : outcome.delivered()) {
            assertThat(smtp.getReceivedMessagesForDomain(message.getAllRecipients()[0].toString())).hasSize(1);
        }
    }

    @Test
    void whatNoConnectionCouldSendIsReportedFailedNotLost() throws Exception {
        MimeMessage first = message(someone());
        MimeMessage broken = breaksTheConnection(someone());
        MimeMessage third = message(someone());
        MimeMessage fourth = message(someone());

        SmtpConnections.Outcome outcome;
        try (SmtpConnections connections = new SmtpConnections(server, 1)) {
            outcome = connections.send(List.of(first, broken, third, fourth));
        }

        assertThat(outcome.delivered()).containsExactly(first);
        assertThat(outcome.failures()).containsOnlyKeys(broken, third, fourth);
        assertThat(outcome.failures().get(third)).contains("IOException");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whenTheServerIsDownEveryMessageFailsWithTheReason() throws Exception {
        List<MimeMessage> messages = List.of(message(someone()), message(someone()), message(someone()));
        SmtpConnections.Outcome outcome;
        try (SmtpConnections connections = new SmtpConnections(server(freePort()), 2)) {
            outcome = connections.send(messages);
        }

        assertThat(outcome.delivered()).isEmpty();
        assertThat(outcome.failures()).containsOnlyKeys(messages);
        assertThat(outcome.failures().values()).allSatisfy(why -> assertThat(why).contains("onnect"));
    }

    private MimeMessage message(String to) throws MessagingException {
        MimeMessage message = new MimeMessage(server.getSession());
        fill(message, to);
        return message;
    }

    /** Its content cannot be written: the SMTP client gives up in the middle of DATA and closes its connection. */
    private MimeMessage breaksTheConnection(String to) throws MessagingException {
        MimeMessage message = new MimeMessage(server.getSession()) {
            @Override
            public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
                out.write("Subject: half a message\r\n".getBytes());
                throw new IOException("the disk holding the body is gone");
            }
        };
        fill(message, to);
        return message;
    }

    private static void fill(MimeMessage message, String to) throws MessagingException {
        message.setFrom(new InternetAddress("no-reply@voisinage.localhost"));
        message.setRecipients(MimeMessage.RecipientType.TO, to);
        message.setSubject("Test");
        message.setText("Bonjour", "UTF-8");
        message.saveChanges();
    }

    private static String someone() {
        return "smtp-" + UUID.randomUUID() + "@example.org";
    }

    private static JavaMailSenderImpl server(int port) {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "5000");
        server.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
