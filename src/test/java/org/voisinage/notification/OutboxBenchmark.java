package org.voisinage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.voisinage.notification.internal.MailSettings;

/**
 * How fast emails are rendered and queued, and delivered to a local SMTP server (GreenMail).
 * {@code ./mvnw test -Pbenchmark -Dtest=OutboxBenchmark}
 *
 * <p>Measured 2026-11-21 on the shared 2-core machine, 1000 emails, batches of 100 over 4 SMTP connections.
 * The figure follows the machine's load (GreenMail and the sender share this JVM, about 4.5-5 ms of CPU per
 * email including JIT warm-up): at load 4-6, 331 / 344 / 350 emails/s (min 331, median 344); at load 8-13,
 * 139 / 160 / 172 emails/s, against 89 / 94 / 113 for the previous sender (one connection, batches of 20)
 * run alternately at the same load. Target (a quarter of the rate at load 8-13): at least {@value #TARGET_PER_SECOND}
 * emails/s delivered, and queuing at most {@value #QUEUE_MS_EACH} ms per email.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "voisinage.mail.send-interval=PT24H"})
class OutboxBenchmark {

    static final int SMTP_PORT = OutboxSenderTests.SMTP_PORT;
    static final int EMAILS = 1000;
    static final int TARGET_PER_SECOND = 35;
    static final int QUEUE_MS_EACH = 20;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT));

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    MailSettings settings;

    @Test
    void queueAndDeliver() {
        sender.sendDue(); // whatever was due before
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 50; i++) { // warm up the template engines
            outbox.queue(OutboxTests.testEmail("warm-" + run + "-" + i + "@example.org", Locale.FRENCH));
        }
        sender.sendDue();

        long started = System.nanoTime();
        for (int i = 0; i < EMAILS; i++) {
            outbox.queue(OutboxTests.testEmail("bench-" + run + "-" + i + "@example.org",
                    i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH));
        }
        long queued = System.nanoTime();
        long cpuBefore = processCpuNanos();
        sender.sendDue();
        long delivered = System.nanoTime();
        double sendCpuMs = (processCpuNanos() - cpuBefore) / 1e6;

        assertThat(smtp.getReceivedMessages().length).isGreaterThanOrEqualTo(EMAILS);
        double queueMs = (queued - started) / 1e6;
        double sendMs = (delivered - queued) / 1e6;
        System.out.printf("OutboxBenchmark: queued %d emails in %.0f ms (%.2f ms each, rendering text + HTML, one "
                + "transaction each)%n", EMAILS, queueMs, queueMs / EMAILS);
        System.out.printf("OutboxBenchmark: delivered %d emails over SMTP in %.0f ms (%.0f emails/s, batches of %d, "
                + "%d connections)%n", EMAILS, sendMs, EMAILS / (sendMs / 1000), settings.batchSize(),
                settings.connections());
        System.out.printf("OutboxBenchmark: delivering took %.2f ms of CPU per email in this JVM (sender and "
                + "GreenMail; PostgreSQL not counted); machine load %s%n", sendCpuMs / EMAILS, loadAverage());
        assertThat(EMAILS / (sendMs / 1000)).as("emails delivered per second").isGreaterThanOrEqualTo(TARGET_PER_SECOND);
        assertThat(queueMs / EMAILS).as("ms to queue one email").isLessThanOrEqualTo(QUEUE_MS_EACH);
    }

    /** CPU time of this JVM: with other processes busy, the wall-clock rate says as much about them as about us. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
