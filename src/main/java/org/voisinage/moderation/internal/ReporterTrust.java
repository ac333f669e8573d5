package org.voisinage.moderation.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * How much one report weighs in a case's score. A resident verified long ago weighs more than a newcomer (an
 * account made to report costs nothing); one whose earlier reports were dismissed weighs half.
 */
public final class ReporterTrust {

    /** Verified for this long, a reporter counts as established. */
    public static final Duration ESTABLISHED = Duration.ofDays(90);

    private ReporterTrust() {}

    public static double weight(Instant verifiedAt, Instant now, long dismissedReports) {
        double weight = verifiedAt == null ? 0.5 : 1.0;
        if (verifiedAt != null && !verifiedAt.plus(ESTABLISHED).isAfter(now)) {
            weight += 1.0;
        }
        return dismissedReports > 0 ? weight / 2 : weight;
    }
}
