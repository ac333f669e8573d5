package org.voisinage.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * What a contributor counts: the rows of these neighbourhoods (and, when {@code wholeTerritory}, the rows of the
 * territory that belong to no neighbourhood), dated from the first day of {@code first} to the end of {@code last}
 * in the site's zone. Months are written "YYYY-MM" by SQL ({@code to_char(... at time zone :zone, 'YYYY-MM')}).
 *
 * @param neighbourhoodIds never empty (a territory without neighbourhoods gets an id no row has), so SQL can read
 *        {@code neighbourhood_id in (:neighbourhoods)}
 */
public record TrendScope(long territoryId, List<Long> neighbourhoodIds, boolean wholeTerritory, YearMonth first,
        YearMonth last, ZoneId zone) {

    public TrendScope {
        neighbourhoodIds = neighbourhoodIds.isEmpty() ? List.of(-1L) : List.copyOf(neighbourhoodIds);
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    /** The day after the period: dates are before it. */
    public LocalDate endDay() {
        return last.plusMonths(1).atDay(1);
    }

    public Instant since() {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    public Instant until() {
        return endDay().atStartOfDay(zone).toInstant();
    }

    /** {@link #since()} as SQL wants a timestamptz parameter. */
    public java.time.OffsetDateTime sinceParameter() {
        return since().atOffset(java.time.ZoneOffset.UTC);
    }

    public java.time.OffsetDateTime untilParameter() {
        return until().atOffset(java.time.ZoneOffset.UTC);
    }

    public String zoneId() {
        return zone.getId();
    }
}
