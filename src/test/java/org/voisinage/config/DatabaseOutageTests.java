package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.voisinage.moderation.ModerationFixtures;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.OtherInstance;
import org.voisinage.support.TestData;

/**
 * PostgreSQL stopped under steady load, then started again on the same data directory and port, with Voisinage
 * running on it all along (a real server on a port, real HTTP clients). While it is down, pages answer the translated
 * 503 page quickly, readiness is down and liveness up; once it is back the application serves again within 10 s
 * without a restart; every write acknowledged to a client (a 302 after the POST) is in the database. The outage
 * lasts {@value #OUTAGE_SECONDS} s (the 20 s proves no more: nothing in the application counts the time).
 * The figures are printed and written to {@code target/database-outage.txt}.
 */
class DatabaseOutageTests {

    static final int OUTAGE_SECONDS = 6;
    static final int CLIENTS = 3;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static Path dataDirectory;
    static int port;
    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext app;
    static String base;
    static long challenge;

    @BeforeAll
    static void databaseAndApplication() throws IOException {
        dataDirectory = Files.createTempDirectory("voisinage-outage-postgres");
        port = MailTestSupport.freePort();
        postgres = startPostgres();
        app = OtherInstance.on("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres", List.of(),
                "--spring.datasource.hikari.maximum-pool-size=8");
        base = "http://localhost:" + OtherInstance.port(app);
        TestData data = new TestData(app.getBean(JdbcTemplate.class), app.getBean(UserDetailsService.class),
                app.getBean(CacheManager.class));
        // an open challenge of a whole territory: anyone may follow it by email (the write of the load)
        challenge = new ModerationFixtures(data, app.getBean(JdbcTemplate.class))
                .challenge(data.territory(), null, TestData.unique("Défi suivi"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("encoding", "UTF8")
                .start();
    }

    /** What the clients saw. */
    record Answer(long startedAt, long millis, int status, String body, String email) {}

    @Test
    void pagesAnswer503WhileThePostgresqlIsDownAndServeAgainSoonAfterWithEveryAcknowledgedWriteKept() throws Exception {
        Queue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch started = new CountDownLatch(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            boolean english = i % 2 == 0;
            clients.submit(() -> {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
                started.countDown();
                while (running.get()) {
                    followByEmail(http, english, answers);
                }
                return null;
            });
        }
        started.await();
        Thread.sleep(1500);

        long stoppedAt = System.nanoTime();
        postgres.close();
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Thread.sleep(2500);
        int readinessDown = get(probe, "/actuator/health/readiness").statusCode();
        int livenessDown = get(probe, "/actuator/health/liveness").statusCode();
        TimeUnit.NANOSECONDS.sleep(Math.max(0, stoppedAt + TimeUnit.SECONDS.toNanos(OUTAGE_SECONDS) - System.nanoTime()));

        postgres = startPostgres();
        long restartedAt = System.nanoTime();
        long recoveredAt = awaitAcknowledgedWriteAfter(answers, restartedAt, Duration.ofSeconds(20));
        int readinessUp = get(probe, "/actuator/health/readiness").statusCode();
        Thread.sleep(500);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Answer> during = answers.stream()
                .filter(a -> a.startedAt() > stoppedAt + TimeUnit.MILLISECONDS.toNanos(300) && a.startedAt() < restartedAt)
                .toList();
        List<String> acknowledged = answers.stream().filter(a -> a.status() == 302).map(Answer::email).toList();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long found = acknowledged.stream().filter(email -> jdbc.queryForObject(
                "select count(*) from follow_request where email = ?", Long.class, email) == 1).count();
        long slowest = during.stream().mapToLong(Answer::millis).max().orElse(0);
        double recoverySeconds = (recoveredAt - restartedAt) / 1e9;
        String figures = String.format(java.util.Locale.ROOT, "database outage %d s, %d clients: %d answers while down "
                        + "(%d of them 503, slowest %d ms), recovery %.1f s after the restart, writes acknowledged %d, "
                        + "found %d; readiness %d/%d (down/up), liveness %d while down",
                OUTAGE_SECONDS, CLIENTS, during.size(), during.stream().filter(a -> a.status() == 503).count(), slowest,
                recoverySeconds, acknowledged.size(), found, readinessDown, readinessUp, livenessDown);
        System.out.println(figures);
        Files.writeString(Path.of("target", "database-outage.txt"), figures + System.lineSeparator());

        assertThat(during).as("answers while the database was down").isNotEmpty();
        assertThat(during).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.body()).doesNotContain("Exception", "at org.", "Whitelabel");
        });
        assertThat(during).anyMatch(a -> a.body().contains("Temporarily unavailable"));
        assertThat(during).anyMatch(a -> a.body().contains("Momentanément indisponible"));
        // no thread waits long behind the dead database: the pool gives up after its connection timeout (2 s)
        assertThat(slowest).as("slowest answer while down, ms").isLessThan(5000);
        assertThat(readinessDown).as("readiness while down").isEqualTo(503);
        assertThat(livenessDown).as("liveness while down").isEqualTo(200);
        assertThat(readinessUp).as("readiness once back").isEqualTo(200);
        assertThat(recoverySeconds).as("seconds to serve again").isLessThan(10);
        assertThat(acknowledged).as("writes acknowledged").isNotEmpty();
        assertThat(found).as("acknowledged writes found in the database").isEqualTo(acknowledged.size());
    }

    /** One visitor's try: the form (read), then the POST (write); every answer recorded. */
    private static void followByEmail(HttpClient http, boolean english, Queue<Answer> answers) {
        String language = english ? "en" : "fr";
        long start = System.nanoTime();
        try {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/suivre/email?type=challenge&id="
                            + challenge)).header("Accept-Language", language).timeout(Duration.ofSeconds(15)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            answers.add(new Answer(start, (System.nanoTime() - start) / 1_000_000, form.statusCode(), form.body(), null));
            Matcher csrf = CSRF.matcher(form.body());
            if (form.statusCode() != 200 || !csrf.find()) {
                Thread.sleep(100);
                return;
            }
            String email = "outage-" + UUID.randomUUID() + "@example.org";
            String body = "type=challenge&id=" + challenge + "&frequency=DAILY&email=" + URLEncoder.encode(email,
                    StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            long posted = System.nanoTime();
            HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(base + "/suivre/email"))
                    .header("Accept-Language", language).header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(15)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            answers.add(new Answer(posted, (System.nanoTime() - posted) / 1_000_000, sent.statusCode(), sent.body(), email));
        } catch (IOException e) {
            answers.add(new Answer(start, (System.nanoTime() - start) / 1_000_000, -1, e.toString(), null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** When the first write started after {@code since} was acknowledged (a 302), in nanoTime. */
    private static long awaitAcknowledgedWriteAfter(Queue<Answer> answers, long since, Duration atMost)
            throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            var first = answers.stream().filter(a -> a.status() == 302 && a.startedAt() > since)
                    .mapToLong(a -> a.startedAt() + a.millis() * 1_000_000).min();
            if (first.isPresent()) {
                return first.getAsLong();
            }
            Thread.sleep(100);
        }
        return deadline;
    }

    private static HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
