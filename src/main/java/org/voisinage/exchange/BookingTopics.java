package org.voisinage.exchange;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicAccess;
import org.voisinage.following.TopicAudience;

/**
 * A booking as a topic of in-app notifications: heard of by its object's owner and its borrower only, while they
 * still see the listing (asked again when their list is read). Nobody follows it: {@link BookingNotices} tells them.
 */
@Component
class BookingTopics implements TopicAccess {

    static final String TYPE = "listing-booking";

    private final ListingBookingRepository bookings;
    private final ListingRepository listings;
    private final ListingAccess access;

    BookingTopics(ListingBookingRepository bookings, ListingRepository listings, ListingAccess access) {
        this.bookings = bookings;
        this.listings = listings;
        this.access = access;
    }

    static Topic topic(ListingBooking booking) {
        return new Topic(TYPE, booking.getId());
    }

    @Override
    public String topicType() {
        return TYPE;
    }

    @Override
    public Map<Long, TopicAudience> audiences(Collection<Long> bookingIds) {
        List<ListingBooking> found = bookings.findAllById(bookingIds);
        Map<Long, Listing> byId = listings.findAllById(found.stream().map(ListingBooking::getListingId).toList())
                .stream().collect(Collectors.toMap(Listing::getId, Function.identity()));
        Map<Long, TopicAudience> audiences = new HashMap<>();
        for (ListingBooking booking : found) {
            Listing listing = byId.get(booking.getListingId());
            if (listing != null) {
                audiences.put(booking.getId(), viewer -> concerns(viewer, listing, booking)
                        && access.maySee(viewer, listing));
            }
        }
        return audiences;
    }

    private static boolean concerns(Viewer viewer, Listing listing, ListingBooking booking) {
        return viewer.signedIn() && (viewer.is(listing.getAuthorId()) || booking.isBorrower(viewer.id()));
    }
}
