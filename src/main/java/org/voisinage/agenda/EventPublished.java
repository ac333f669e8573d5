package org.voisinage.agenda;

import java.time.Instant;

/**
 * An event was put on the agenda (a series: once, by its first date). Issue 16: webhooks tell partners.
 *
 * @param membersOnly whether only the neighbourhood's members see it
 */
public record EventPublished(long eventId, long neighbourhoodId, String title, Instant startsAt,
        boolean membersOnly) {}
