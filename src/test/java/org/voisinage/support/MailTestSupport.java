package org.voisinage.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one test context with {@code spring.mail.host} set, on a real SMTP server (GreenMail): test classes that
 * deliver emails extend this class and so share one Spring context. The scheduled sender is pushed a day away:
 * tests deliver by hand ({@code org.voisinage.notification.OutboxDelivery}). The database is shared with other
 * test classes: the sender may also deliver their queued emails, so assertions look at their own recipients.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "voisinage.mail.send-interval=PT24H"})
@AutoConfigureMockMvc
@Import({TestData.class, TestTopics.class})
public abstract class MailTestSupport {

    /** A free port rather than GreenMail's fixed 3025: other builds may run on this machine at the same time. */
    public static final int SMTP_PORT = freePort();

    @RegisterExtension
    protected static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT));

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    /** A port nobody listens on now (for a server a test starts). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
