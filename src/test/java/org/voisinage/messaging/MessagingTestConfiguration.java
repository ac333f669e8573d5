package org.voisinage.messaging;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.account.Viewer;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;

/**
 * What the messaging and profile tests share (one cached context): subjects of type "test-subject" the tests
 * register, a neighbourhood somewhere in an ocean with verified residents, and a DataSource that counts the SQL
 * statements prepared on the current thread.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestData.class)
public class MessagingTestConfiguration {

    /** Conversation subjects for tests, standing in for listings. */
    public static class TestSubjects implements ConversationSubject {

        private final AtomicLong ids = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000));
        private final Map<Long, SubjectSummary> subjects = new ConcurrentHashMap<>();
        /** Other neighbourhoods a subject reaches, as a listing's radius does. */
        private final Map<Long, Set<Long>> reaches = new ConcurrentHashMap<>();
        private final Set<Long> hidden = ConcurrentHashMap.newKeySet();

        @Override
        public String type() {
            return "test-subject";
        }

        @Override
        public Optional<SubjectSummary> find(long id) {
            return Optional.ofNullable(subjects.get(id));
        }

        /**
         * Like a listing: its author and moderators always, otherwise (not hidden) the verified members of its
         * neighbourhood and of the neighbourhoods it reaches.
         */
        @Override
        public boolean maySee(Viewer viewer, long id) {
            SubjectSummary subject = subjects.get(id);
            if (subject == null) {
                return false;
            }
            if (viewer.is(subject.authorId()) || viewer.moderates(subject.neighbourhoodId())) {
                return true;
            }
            return !hidden.contains(id) && (viewer.isMemberOf(subject.neighbourhoodId()) || (viewer.verified()
                    && reaches.getOrDefault(id, Set.of()).contains(viewer.neighbourhoodId())));
        }

        /** The subject is seen by the verified members of this other neighbourhood too. */
        public void reach(long id, long neighbourhoodId) {
            reaches.merge(id, Set.of(neighbourhoodId), (a, b) -> {
                java.util.Set<Long> both = new java.util.HashSet<>(a);
                both.addAll(b);
                return Set.copyOf(both);
            });
        }

        /** Moderators hid it: only its author (and moderators) see it now. */
        public void hide(long id) {
            hidden.add(id);
        }

        /** A subject by this author, open to contacts; a service when {@code service}. */
        public SubjectSummary add(long authorId, long neighbourhoodId, boolean service) {
            long id = ids.incrementAndGet();
            SubjectSummary subject = new SubjectSummary(type(), id, TestData.unique("Perceuse"), "/test-subjects/" + id,
                    authorId, neighbourhoodId, true, service);
            subjects.put(id, subject);
            return subject;
        }

        public void close(long id) {
            subjects.computeIfPresent(id, (key, s) -> new SubjectSummary(s.type(), s.id(), s.title(), s.path(),
                    s.authorId(), s.neighbourhoodId(), false, s.service()));
        }
    }


    /** A neighbourhood of its own and its verified residents, for one test. */
    public record Place(TestData data, JdbcTemplate jdbc, long territory, long neighbourhood) {

        public long resident() {
            return data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        }

        /** A resident verified long ago (not a newcomer). */
        public long settledResident() {
            long id = resident();
            jdbc.update("update resident set verified_at = now() - interval '60 days' where id = ?", id);
            return id;
        }
    }

    public static class Places {

        private final TestData data;
        private final JdbcTemplate jdbc;

        Places(TestData data, JdbcTemplate jdbc) {
            this.data = data;
            this.jdbc = jdbc;
        }

        public Place create() {
            double lon = ThreadLocalRandom.current().nextDouble(-30, -10);
            double lat = ThreadLocalRandom.current().nextDouble(-40, -20);
            long territory = data.territory();
            return new Place(data, jdbc, territory, data.neighbourhood(territory, lon, lat, lon + 0.001, lat + 0.001));
        }
    }

    @Bean
    TestSubjects testSubjects() {
        return new TestSubjects();
    }

    @Bean
    Places places(TestData data, JdbcTemplate jdbc) {
        return new Places(data, jdbc);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return StatementCounter.installer();
    }
}
