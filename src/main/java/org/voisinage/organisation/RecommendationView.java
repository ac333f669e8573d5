package org.voisinage.organisation;

import java.time.Instant;

/** A recommendation as a page lists it; a hidden one is listed only to its author (with why) and moderators. */
record RecommendationView(long id, long residentId, String residentName, String text, Instant createdAt,
        boolean hidden, String hiddenReason) {}
