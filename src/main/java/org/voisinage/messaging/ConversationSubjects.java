package org.voisinage.messaging;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;

/** The subjects conversations can be about, by type, each asked through its owning module's {@link ConversationSubject}. */
@Component
class ConversationSubjects {

    private final Map<String, ConversationSubject> subjects;

    ConversationSubjects(ObjectProvider<ConversationSubject> subjects) {
        this.subjects = subjects.orderedStream()
                .collect(Collectors.toMap(ConversationSubject::type, Function.identity()));
    }

    /** The subject; empty for an unknown type or id, or no id. */
    Optional<SubjectSummary> find(String type, Long id) {
        ConversationSubject subjects = this.subjects.get(type);
        return subjects == null || id == null ? Optional.empty() : subjects.find(id);
    }

    /** Whether the viewer may see it, by its owning module's policy. */
    boolean maySee(Viewer viewer, SubjectSummary subject) {
        return subjects.get(subject.type()).maySee(viewer, subject.id());
    }

    boolean knows(String type) {
        return subjects.containsKey(type);
    }

    /** Those of these subjects of one known type the reader may see, by id: in a fixed number of statements. */
    Map<Long, SubjectSummary> visibleAmong(Viewer reader, String type, Collection<Long> ids) {
        Set<Long> visible = subjects.get(type).visibleAmong(reader, ids);
        Map<Long, SubjectSummary> found = new HashMap<>(subjects.get(type).findAll(ids));
        found.keySet().retainAll(visible);
        return found;
    }
}
