package org.voisinage.messaging;

import java.util.Optional;

/**
 * What a conversation can be about (a listing). The owning module implements it, one bean per {@link #type()};
 * messaging knows no other module's tables.
 */
public interface ConversationSubject {

    /** A stable code: "listing". */
    String type();

    Optional<SubjectSummary> find(long id);
}
