package org.voisinage.following;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The period a digest covers, named by the day it is sent ({@code start}): a daily digest sent on day D tells
 * what happened until D at midnight; a weekly one, sent on Monday, until that Monday at midnight. Each
 * follower's digest covers what changed since the end of their last digest of that kind, at most
 * {@code lookbackStart} back (a new follower, or one who switched from OFF, is not sent old news).
 */
public record DigestPeriod(Frequency kind, LocalDate start, Instant end, Instant lookbackStart) {

    public DigestPeriod {
        if (kind != Frequency.DAILY && kind != Frequency.WEEKLY) {
            throw new IllegalArgumentException("Digests are daily or weekly, not " + kind);
        }
    }

    public static DigestPeriod daily(LocalDate day, ZoneId zone) {
        return new DigestPeriod(Frequency.DAILY, day, day.atStartOfDay(zone).toInstant(),
                day.minusDays(3).atStartOfDay(zone).toInstant());
    }

    /** The week whose Monday is {@code day} or the Monday before it. */
    public static DigestPeriod weekly(LocalDate day, ZoneId zone) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DigestPeriod(Frequency.WEEKLY, monday, monday.atStartOfDay(zone).toInstant(),
                monday.minusWeeks(3).atStartOfDay(zone).toInstant());
    }

    public static DigestPeriod of(Frequency kind, LocalDate day, ZoneId zone) {
        return kind == Frequency.WEEKLY ? weekly(day, zone) : daily(day, zone);
    }

    /** Every digest of the period has a Message-ID starting so: the outbox reports on them together. */
    public String messageIdPrefix() {
        return "digest-" + kind.name().toLowerCase(Locale.ROOT) + "-" + start + "-";
    }

    /** Deterministic: queuing the same follower's digest of the same period again queues nothing. */
    public String messageId(long followerId) {
        return messageIdPrefix() + followerId;
    }
}
