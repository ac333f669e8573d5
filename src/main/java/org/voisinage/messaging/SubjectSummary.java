package org.voisinage.messaging;

/**
 * What a conversation shows of its subject.
 *
 * @param authorId who published it: "Contact" opens a conversation with them
 * @param contactable whether new conversations may start about it now (not expired, not hidden, still open)
 * @param service whether the exchange it arranges is a service (time credits move only for services)
 */
public record SubjectSummary(String type, long id, String title, String path, long authorId, long neighbourhoodId,
        boolean contactable, boolean service) {}
