package org.voisinage.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.voisinage.account.Viewer;

/** Subjects asked through their owning module: a title only for a subject the reader may see, nothing of unknown types. */
class ConversationSubjectsTests {

    static final SubjectSummary SEEN = new SubjectSummary("thing", 1, "Perceuse", "/things/1", 10, 100, true, false);
    static final SubjectSummary UNSEEN = new SubjectSummary("thing", 2, "Scie", "/things/2", 10, 200, true, false);

    /** A module that shows its things of neighbourhood 100 only. */
    static final ConversationSubject THINGS = new ConversationSubject() {
        @Override
        public String type() {
            return "thing";
        }

        @Override
        public Optional<SubjectSummary> find(long id) {
            return List.of(SEEN, UNSEEN).stream().filter(s -> s.id() == id).findFirst();
        }

        @Override
        public boolean maySee(Viewer viewer, long id) {
            return find(id).map(s -> s.neighbourhoodId() == 100).orElse(false);
        }
    };

    final ConversationSubjects subjects = subjects(THINGS);
    final Viewer reader = Viewer.ANONYMOUS; // the test module asks no viewer

    static ConversationSubjects subjects(ConversationSubject... modules) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (ConversationSubject module : modules) {
            beans.addBean(module.type(), module);
        }
        return new ConversationSubjects(beans.getBeanProvider(ConversationSubject.class));
    }

    @Test
    void theInboxGetsTheTitlesOfVisibleSubjectsOnly() {
        assertThat(subjects.visibleAmong(reader, "thing", Set.of(1L, 2L, 3L))).isEqualTo(Map.of(1L, SEEN));
        assertThat(subjects.maySee(reader, SEEN)).isTrue();
        assertThat(subjects.maySee(reader, UNSEEN)).isFalse();
    }

    @Test
    void anUnknownTypeOrAMissingIdFindsNothing() {
        assertThat(subjects.knows("thing")).isTrue();
        assertThat(subjects.knows("listing")).isFalse();
        assertThat(subjects.find("listing", 1L)).isEmpty();
        assertThat(subjects.find("thing", null)).isEmpty();
        assertThat(subjects.find("thing", 2L)).contains(UNSEEN);
    }
}
