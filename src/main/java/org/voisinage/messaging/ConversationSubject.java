package org.voisinage.messaging;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.voisinage.account.Viewer;

/**
 * What a conversation can be about (a listing). The owning module implements it, one bean per {@link #type()};
 * messaging knows no other module's tables, nor its access rules: it asks {@link #maySee} before it starts a
 * conversation about a subject or shows a subject's title.
 */
public interface ConversationSubject {

    /** A stable code: "listing". */
    String type();

    Optional<SubjectSummary> find(long id);

    /**
     * Whether {@code viewer} may see the subject, by the owning module's own policy (false for an unknown one): a
     * conversation about it starts only then, and its title is shown only then.
     */
    boolean maySee(Viewer viewer, long id);

    /**
     * Which of these subjects {@code viewer} may see, for the inbox. This default asks {@link #maySee} for each;
     * implementations answer in a fixed number of statements.
     */
    default Set<Long> visibleAmong(Viewer viewer, Collection<Long> ids) {
        return ids.stream().filter(id -> maySee(viewer, id)).collect(Collectors.toSet());
    }

    /**
     * Several subjects at once, by id (unknown ones left out), for the inbox. This default asks {@link #find} for
     * each; implementations read them in one query so that the inbox runs a fixed number of statements.
     */
    default Map<Long, SubjectSummary> findAll(Collection<Long> ids) {
        Map<Long, SubjectSummary> found = new HashMap<>();
        for (long id : ids) {
            find(id).ifPresent(subject -> found.put(id, subject));
        }
        return found;
    }
}
