package org.voisinage.agenda;

import java.time.Instant;

/** An event as other pages list it. */
public record EventSummary(long id, String title, Instant startsAt, Instant endsAt, String place, String path,
        boolean cancelled) {}
