package org.voisinage.exchange;

import java.util.List;
import org.voisinage.neighbourhood.NeighbourhoodSummary;

/**
 * A listing's page as one viewer sees it. The author is shown by name and street, never house number nor flat.
 *
 * @param mine the viewer wrote it (may edit, lend, extend; sees why it was hidden)
 * @param contactable the "Contact" button shows: live, and not the viewer's own
 * @param calendar the reservation calendar of an object to lend or rent (empty for other kinds)
 */
public record ListingPage(ListingView listing, String authorName, String authorStreet,
        NeighbourhoodSummary neighbourhood, boolean mine, boolean contactable, boolean expired,
        List<ListingPhoto> photos, BookingCalendar calendar) {}
