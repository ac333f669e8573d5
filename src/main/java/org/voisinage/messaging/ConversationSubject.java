package org.voisinage.messaging;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a conversation can be about (a listing). The owning module implements it, one bean per {@link #type()};
 * messaging knows no other module's tables.
 */
public interface ConversationSubject {

    /** A stable code: "listing". */
    String type();

    Optional<SubjectSummary> find(long id);

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
