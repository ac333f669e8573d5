package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestTopics;

/**
 * A digest run takes the same SQL statements whether its followers follow one topic with one piece of news or six
 * topics with ten each (issue 12, DigestBenchmark's N+1 hunt): the changes, the audiences, the digests, their keys and
 * their emails are each written in one statement per batch of followers.
 */
@SpringBootTest
@Import({TestTopics.class, StatementCounter.Installation.class})
class DigestStatementsTests {

    static final int FOLLOWERS = 20;

    @Autowired Digests digests;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aDigestRunTakesTheSameStatementsWhateverItsFollowersFollow() {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), 36);
        LocalDate day = LocalDate.of(2600, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 100_000));
        // a first run warms what an instance reads once (the outbox's sealing key, kept in memory afterwards)
        DigestPeriod warmUp = DigestPeriod.daily(day.minusDays(1), ZoneId.of("Europe/Paris"));
        DigestPeriod first = DigestPeriod.daily(day, ZoneId.of("Europe/Paris"));
        DigestPeriod second = DigestPeriod.daily(day.plusDays(1), ZoneId.of("Europe/Paris"));
        long topic = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        jdbc.update("""
                insert into follower (email, locale)
                select 'digest-' || ? || '-' || g || '@test.voisinage.test', 'fr' from generate_series(1, ?) g""",
                run, FOLLOWERS);
        jdbc.update("""
                insert into followed_topic (topic_type, topic_id, title, path)
                select 'test', ? + t, 'Sujet ' || t, '/defis/' || t from generate_series(0, 5) t""", topic);
        follow(run, topic, 0, warmUp);
        news(topic, 0, 1, warmUp);
        assertThat(digests.build(warmUp)).isEqualTo(FOLLOWERS);
        news(topic, 0, 1, first);

        StatementCounter.reset();
        assertThat(digests.build(first)).isEqualTo(FOLLOWERS);
        int oneTopic = StatementCounter.count();

        follow(run, topic, 5, first);
        news(topic, 5, 10, second);
        StatementCounter.reset();
        assertThat(digests.build(second)).isEqualTo(FOLLOWERS);
        int sixTopics = StatementCounter.count();

        System.out.printf("A digest run: %d statements for one topic and one piece of news a follower, %d for six "
                + "topics and ten each%n", oneTopic, sixTopics);
        assertThat(sixTopics).isEqualTo(oneTopic);
    }

    /** Every follower of the run follows topics {@code topic + 0..last} (those it does not follow yet). */
    private void follow(String run, long topic, int last, DigestPeriod period) {
        jdbc.update("""
                insert into follow (follower_id, topic_type, topic_id, frequency, created_at)
                select f.id, 'test', ? + k, 'DAILY', cast(? as timestamptz)
                from follower f, generate_series(0, ?) k
                where f.email like 'digest-' || ? || '-%'
                  and not exists (select 1 from follow w where w.follower_id = f.id and w.topic_id = ? + k
                                  and w.topic_type = 'test')""",
                topic, Timestamp.from(period.end().minus(Duration.ofDays(3))), last, run, topic);
    }

    /** {@code n} pieces of news on each topic {@code topic + 0..last} during the period: updates and pledges. */
    private void news(long topic, int last, int n, DigestPeriod period) {
        Timestamp during = Timestamp.from(period.end().minus(Duration.ofHours(10)));
        jdbc.update("""
                insert into topic_activity (event_key, topic_type, topic_id, kind, message_key, message_args, count,
                                            immediate, occurred_at)
                select md5(random()::text || t || '-' || p), 'test', ? + t,
                       case when p % 2 = 0 then 'update' else 'pledges' end,
                       case when p % 2 = 0 then 'following.activity.update' else 'following.activity.newItems' end,
                       case when p % 2 = 0 then array['Réunion ' || p] else '{}' end,
                       case when p % 2 = 0 then 0 else 1 end, false, cast(? as timestamptz) + p * interval '1 minute'
                from generate_series(0, ?) t, generate_series(1, ?) p""", topic, during, last, n);
    }
}
