package org.voisinage.agenda;

import java.time.Instant;

/** What an organiser says of an event, checked and converted to instants: what the entity keeps. */
public record EventDetails(String title, String description, Instant startsAt, Instant endsAt, String place,
        String addressId, Integer capacity, Visibility visibility) {}
