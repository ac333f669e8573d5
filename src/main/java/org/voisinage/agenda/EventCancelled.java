package org.voisinage.agenda;

import java.time.Instant;

/**
 * An event was cancelled (it stays listed as cancelled). Issue 16: webhooks tell partners.
 *
 * @param membersOnly whether only the neighbourhood's members see it
 */
public record EventCancelled(long eventId, long neighbourhoodId, String title, Instant startsAt,
        boolean membersOnly) {}
