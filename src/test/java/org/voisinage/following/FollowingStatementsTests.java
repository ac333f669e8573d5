package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.account.Viewer;
import org.voisinage.alert.Alerts;
import org.voisinage.challenge.ChallengeTestConfiguration;
import org.voisinage.suggestion.Suggestions;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;

/**
 * Digests and immediate emails ask the policies for a whole batch of followers: their viewers and the topics'
 * audiences take a fixed number of statements, whatever the number of followers and topics (the challenge tests'
 * context counts statements).
 */
@SpringBootTest
// unused MockMvc: the annotations of the other tests, so that they share one cached context
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class FollowingStatementsTests {

    @Autowired Recipients recipients;
    @Autowired TopicPolicies policies;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theViewersAndAudiencesOfABatchTakeTheSameStatementsFor3And300Followers() {
        long territory = data.territory();
        double lon = -20 + ThreadLocalRandom.current().nextDouble(10);
        double lat = 70 + ThreadLocalRandom.current().nextDouble(10);
        long a = data.neighbourhood(territory, lon, lat, lon + 0.001, lat + 0.001);

        statements(batch(a, 3)); // warms the reference data caches: both counts below are warm
        int small = statements(batch(a, 3));
        int large = statements(batch(a, 300));

        System.out.printf("Policies of a batch: %d statements for 3 followers and topics, %d for 300%n", small, large);
        assertThat(large).isEqualTo(small);
    }

    record Batch(List<Long> residents, List<Topic> topics) {}

    /** Residents of the neighbourhood, a third of them moderators of it, each the author of a need. */
    Batch batch(long neighbourhood, int size) {
        List<Long> residents = new ArrayList<>();
        List<Topic> topics = new ArrayList<>(List.of(Alerts.topic(neighbourhood)));
        for (int i = 0; i < size; i++) {
            long resident = data.resident(i % 3 == 0 ? "MODERATOR" : "RESIDENT", "VERIFIED", neighbourhood, null);
            if (i % 3 == 0) {
                jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", resident,
                        neighbourhood);
            }
            residents.add(resident);
            topics.add(Suggestions.topic(jdbc.queryForObject("""
                    insert into suggestion (author_id, neighbourhood_id, title, text, category, status, created_at, updated_at)
                    values (?, ?, 'Un banc', 'Pour se reposer', 'BENCH', 'NEW', now(), now()) returning id""",
                    Long.class, resident, neighbourhood)));
        }
        return new Batch(residents, topics);
    }

    int statements(Batch batch) {
        StatementCounter.reset();
        Map<Long, Viewer> viewers = recipients.viewers(batch.residents());
        Map<Topic, TopicAudience> audiences = policies.audiences(batch.topics());
        int count = StatementCounter.count();
        // and they say what the policies say: every member sees the alerts and the needs of their neighbourhood
        for (long resident : batch.residents()) {
            Viewer viewer = Recipients.of(viewers, resident);
            assertThat(batch.topics()).allSatisfy(topic -> assertThat(audiences.get(topic).admits(viewer)).isTrue());
        }
        assertThat(viewers.values()).filteredOn(v -> !v.moderatedNeighbourhoods().isEmpty())
                .hasSize((batch.residents().size() + 2) / 3);
        return count;
    }
}
