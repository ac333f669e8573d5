package org.voisinage.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.common.SiteProperties;
import org.voisinage.exchange.internal.ExtendLinks;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * The nightly emails: authors hear of listings expiring soon (with the one-click extension link), owners and
 * borrowers of booked objects of pick-up and return days and of late returns. Each is sent once: a marker is kept
 * on the row.
 */
@Service
@Transactional(readOnly = true)
public class ListingReminders {

    private final ListingRepository listings;
    private final Residents residents;
    private final Outbox outbox;
    private final ExtendLinks links;
    private final SiteClock clock;
    private final String baseUrl;
    private final int noticeDays;
    private final ListingBookingRepository bookings;
    private final BookingNotices notices;

    ListingReminders(ListingRepository listings, Residents residents, Outbox outbox, ExtendLinks links,
            SiteClock clock, SiteProperties site, ExchangeProperties settings, ListingBookingRepository bookings,
            BookingNotices notices) {
        this.listings = listings;
        this.bookings = bookings;
        this.notices = notices;
        this.residents = residents;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
        this.noticeDays = settings.expiryNoticeDays();
    }

    /**
     * Emails the author of each live listing expiring within the notice period, once per expiry date: the date it
     * was sent for is kept on the row, and the Message-ID is derived from it, so a second run sends nothing.
     */
    @Transactional
    public int sendExpiryNotices() {
        LocalDate today = clock.today();
        int sent = 0;
        for (long id : listings.findExpiringUnnoticed(today, today.plusDays(noticeDays))) {
            Listing listing = listings.lock(id).orElseThrow();
            Optional<ResidentDetails> author = residents.details(listing.getAuthorId());
            if (author.isPresent()) {
                String token = links.token(id, listing.getExpiresOn());
                String link = baseUrl + "/echanges/" + id + "/prolonger?jeton=" + token;
                outbox.queue(Email.to(author.get().email(), author.get().locale(), "exchange/email/expiry",
                                "exchange.email.expiry.subject", listing.getTitle())
                        .with("name", author.get().displayName())
                        .with("title", listing.getTitle())
                        .with("expiresOn", listing.getExpiresOn())
                        .with("link", link)
                        .secret(token)
                        .with("listingLink", baseUrl + listing.path())
                        .messageId("listing-" + id + "-expiry-" + listing.getExpiresOn()));
                sent++;
            }
            listing.expiryNoticeSent();
        }
        return sent;
    }

    /**
     * Tells the owner and the borrower of each accepted booking, the day before pick-up and the day before return,
     * and flags late returns to both: each once (the sent-markers on the booking), on the site's day.
     */
    @Transactional
    public int sendBookingReminders() {
        LocalDate today = clock.today();
        int sent = 0;
        for (long id : bookings.findToRemind(today.plusDays(1))) {
            ListingBooking booking = bookings.lock(id).orElseThrow();
            List<BookingNotices.Notice> due = BookingReminders.due(booking, today);
            if (due.isEmpty()) {
                continue;
            }
            Listing listing = listings.findById(booking.getListingId()).orElseThrow();
            for (BookingNotices.Notice notice : due) {
                notices.remind(listing, booking, notice);
                switch (notice) {
                    case PICKUP -> booking.pickupReminded(clock.now());
                    case RETURN -> booking.returnReminded(clock.now());
                    default -> booking.lateFlagged(clock.now());
                }
                sent++;
            }
        }
        return sent;
    }
}
