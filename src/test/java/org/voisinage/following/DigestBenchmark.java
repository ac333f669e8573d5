package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Building the daily digests of 100,000 followers of 200 topics, each follower following 3 topics that all had
 * activity (pledges, a milestone, updates). Target: at most 60 s on 2 cores, memory flat (the heap after building,
 * once collected, within {@value #HEAP_GROWTH_MB} MB of the heap before: nothing is kept per follower).
 * {@code ./mvnw test -Pbenchmark -Dtest=DigestBenchmark}
 */
@Tag("benchmark")
@SpringBootTest
@org.springframework.context.annotation.Import(org.voisinage.support.TestTopics.class)
class DigestBenchmark {

    static final int FOLLOWERS = 100_000;
    static final int TOPICS = 200;
    static final int TOPICS_PER_FOLLOWER = 3;
    static final int PLEDGES_PER_TOPIC = 20;
    static final Duration TARGET = Duration.ofSeconds(60);
    static final int HEAP_GROWTH_MB = 64;

    @Autowired Digests digests;
    @Autowired JdbcTemplate jdbc;

    @Test
    void buildsTheDailyDigestsOf100000Followers() throws Exception {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), 36);
        DigestPeriod period = DigestPeriod.daily(LocalDate.of(2500, 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(0, 100_000)), ZoneId.of("Europe/Paris"));
        long firstTopic = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        long fixtureStart = System.nanoTime();
        insertFixture(run, period, firstTopic);
        System.out.printf("Fixture: %,d followers, %,d follows, %d topics inserted in %,d ms%n", FOLLOWERS,
                FOLLOWERS * TOPICS_PER_FOLLOWER, TOPICS, (System.nanoTime() - fixtureStart) / 1_000_000);

        // -Dexplain=true: print the plan of one batch's changes query instead of building
        if (Boolean.getBoolean("explain")) {
            Long[] ids = jdbc.queryForList("select id from follower where email like ? order by id limit 500", Long.class,
                    "bench-" + run + "-%").toArray(Long[]::new);
            jdbc.query("explain (analyze, buffers) " + DigestStore.CHANGES, rs -> {
                System.out.println(rs.getString(1));
            }, period.start(), ids, "DAILY", period.lookbackStart().atOffset(java.time.ZoneOffset.UTC),
                    period.lookbackStart().atOffset(java.time.ZoneOffset.UTC), ids, "DAILY",
                    period.end().atOffset(java.time.ZoneOffset.UTC), period.end().atOffset(java.time.ZoneOffset.UTC));
            return;
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(heapBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long start = System.nanoTime();
        int built = digests.build(period);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        sampler.interrupt();
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();

        System.out.printf("Built %,d digests in %,d ms (%,.0f digests/s) on %d cores%n", built, elapsed.toMillis(),
                built / (elapsed.toMillis() / 1000.0), Runtime.getRuntime().availableProcessors());
        System.out.printf("Heap used: before %,d MB, peak while building %,d MB, after (GC) %,d MB; max heap %,d MB%n",
                heapBefore >> 20, peak.get() >> 20, heapAfter >> 20, Runtime.getRuntime().maxMemory() >> 20);
        assertThat(built).isEqualTo(FOLLOWERS);
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where message_id like ?", Long.class,
                "<" + period.messageIdPrefix() + "%")).isEqualTo(FOLLOWERS);
        assertThat(digests.build(period)).as("built once").isZero();
        assertThat(elapsed).as("building %,d digests", FOLLOWERS).isLessThanOrEqualTo(TARGET);
        assertThat((heapAfter - heapBefore) >> 20).as("heap kept after building (MB)").isLessThan(HEAP_GROWTH_MB);
    }

    /** Set-based SQL: the fixture is not what is measured. */
    private void insertFixture(String run, DigestPeriod period, long firstTopic) {
        jdbc.update("""
                insert into follower (email, locale)
                select 'bench-' || ? || '-' || g || '@bench.test', case when g % 3 = 0 then 'en' else 'fr' end
                from generate_series(1, ?) g""", run, FOLLOWERS);
        jdbc.update("""
                insert into follow (follower_id, topic_type, topic_id, frequency, created_at)
                select f.id, 'bench', ? + ((f.id * 7 + k * 31) % ?), 'DAILY', now()
                from follower f, generate_series(0, ? - 1) k
                where f.email like 'bench-' || ? || '-%'""", firstTopic, TOPICS, TOPICS_PER_FOLLOWER, run);
        jdbc.update("""
                insert into followed_topic (topic_type, topic_id, title, path)
                select 'bench', ? + t, 'Défi de test n° ' || t, '/defis/' || t from generate_series(0, ? - 1) t""",
                firstTopic, TOPICS);
        Timestamp during = Timestamp.from(period.end().minus(Duration.ofHours(10)));
        jdbc.update("""
                insert into topic_activity (event_key, topic_type, topic_id, kind, message_key, message_args, count,
                                            immediate, occurred_at)
                select md5(? || '-' || t || '-' || p), 'bench', ? + t,
                       case when p = 0 then 'milestone' when p = 1 then 'update' else 'pledges' end,
                       case when p <= 1 then 'following.activity.update' else 'following.activity.newItems' end,
                       case when p = 0 then array['50 %'] when p = 1 then array['Réunion jeudi'] else '{}' end,
                       case when p <= 1 then 0 else 1 end, false, cast(? as timestamptz) + p * interval '1 minute'
                from generate_series(0, ? - 1) t, generate_series(0, ? + 1) p""",
                run, firstTopic, during, TOPICS, PLEDGES_PER_TOPIC);
        jdbc.execute("analyze follower; analyze follow; analyze topic_activity; analyze digest");
    }
}
