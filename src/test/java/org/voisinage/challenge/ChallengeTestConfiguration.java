package org.voisinage.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;

/**
 * What the challenge tests share (one cached context): the {@link TopicActivity} events published, and a DataSource that counts the SQL
 * statements run on the current thread.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestData.class)
public class ChallengeTestConfiguration {

    static class Activities {

        final List<TopicActivity> published = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TopicActivity activity) {
            published.add(activity);
        }

        List<TopicActivity> of(long challengeId, String kind) {
            return published.stream().filter(a -> a.topic().equals(Topic.challenge(challengeId)) && a.kind().equals(kind))
                    .toList();
        }
    }


    @Bean
    Activities activities() {
        return new Activities();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return StatementCounter.installer();
    }

    @Bean
    Fixtures challengeFixtures(TestData data, Actions actions, ChallengeEditing editing, ChallengeLifecycle lifecycle,
            JdbcTemplate jdbc) {
        return new Fixtures(data, actions, editing, lifecycle, jdbc);
    }

    /** A territory with two neighbourhoods somewhere in an ocean, an action, and challenges on them. */
    record Fixtures(TestData data, Actions actions, ChallengeEditing editing, ChallengeLifecycle lifecycle, JdbcTemplate jdbc) {

        /**
         * Many pledges written in bulk: {@code count} residents of the neighbourhood pledged online and as many paper
         * pledges, spread over the last {@code spreadDays} days; the counts kept on the challenge row match.
         */
        void bulkPledges(long challengeId, long neighbourhoodId, int count, int spreadDays) {
            jdbc.update("""
                    insert into resident (email, display_name, password_hash, role, status, neighbourhood_id, locale)
                    select 'bulk-' || ? || '-' || g || '@test.voisinage.test', 'Bulk', '{argon2}unusable', 'RESIDENT', 'VERIFIED', ?, 'fr'
                    from generate_series(1, ?) g""", challengeId, neighbourhoodId, count);
            jdbc.update("""
                    insert into challenge_pledge (challenge_id, resident_id, pledged_at)
                    select ?, id, now() - (id % ?) * interval '1 day' from resident where email like ?""",
                    challengeId, spreadDays, "bulk-" + challengeId + "-%");
            jdbc.update("""
                    insert into challenge_offline_pledge (challenge_id, count, note, recorded_at)
                    select ?, 1, 'papier', now() - (g % ?) * interval '1 day' from generate_series(1, ?) g""",
                    challengeId, spreadDays, count);
            jdbc.update("update challenge set online_pledges = ?, offline_pledges = ? where id = ?", count, count, challengeId);
        }


        long[] territoryAndTwoNeighbourhoods() {
            double lon = ThreadLocalRandom.current().nextDouble(-150, -100);
            double lat = ThreadLocalRandom.current().nextDouble(-50, 0);
            long territory = data.territory();
            return new long[] {territory, data.neighbourhood(territory, lon, lat, lon + 0.01, lat + 0.01),
                    data.neighbourhood(territory, lon, lat + 0.01, lon + 0.01, lat + 0.02)};
        }

        long action() {
            return actions.createPublished(new ActionForm(TestData.unique("Trier"), "Trier ses biodéchets", Theme.WASTE));
        }

        ChallengeForm form(String scope, int goal, Integer cap) {
            return new ChallengeForm(action(), TestData.unique("Défi"), "Ville de Test", TargetKind.TOWN,
                    TestData.unique("mairie") + "@test.voisinage.test", "installe des composteurs", scope, goal, cap,
                    LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
        }

        /** An open challenge on one neighbourhood. */
        long open(long neighbourhoodId, int goal, Integer cap) {
            long id = editing.create(form("n-" + neighbourhoodId, goal, cap));
            lifecycle.open(id);
            return id;
        }
    }
}
