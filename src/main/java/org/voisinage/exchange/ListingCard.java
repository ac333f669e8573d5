package org.voisinage.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A listing in a list: what a card shows, its thumbnail (a stored photo name) or null. */
public record ListingCard(long id, String title, ListingDirection direction, ListingKind kind,
        ListingCategory category, String neighbourhoodName, String thumbnail, LocalDate expiresOn, Instant createdAt,
        boolean hidden, boolean expired, String rideFrom, String rideTo, ZonedDateTime rideDeparture, String dealWhere,
        LocalDate dealUntil, boolean lent, java.math.BigDecimal rentPrice, RentUnit rentUnit,
        java.math.BigDecimal rentDeposit) {

    public String path() {
        return "/echanges/" + id;
    }
}
