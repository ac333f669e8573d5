package org.voisinage.exchange;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.common.SiteProperties;
import org.voisinage.following.Notifications;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * Tells the owner and the borrower of a booking what happened or is coming: an in-app notification and an email
 * each, in the caller's transaction (queued in the outbox: sent if and only if the change commits). Each recipient
 * is asked again whether they still see the listing when the message is built; a borrower known by name only (a
 * loan recorded by the owner) gets nothing. The emails say dates and names, never a secret.
 */
@Component
class BookingNotices {

    /** What is told: the in-app message and the email's subject and body share its key. */
    enum Notice {
        REQUESTED, ACCEPTED, DECLINED, CANCELLED, PICKUP, RETURN, LATE,
        /** Cancelled because the other side is gone from the neighbourhood. */
        PARTY_GONE,
        /** A loan out while one side is gone from the neighbourhood: settle the return. */
        OUT_PARTY_GONE;

        /** Its messages' common start: {@code .subject}, {@code .owner} and {@code .borrower} follow. */
        String messagePrefix() {
            return "exchange.booking.notice." + name().toLowerCase();
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Residents residents;
    private final ListingAccess access;
    private final Notifications notifications;
    private final Outbox outbox;
    private final SiteClock clock;
    private final String baseUrl;

    BookingNotices(Residents residents, ListingAccess access, Notifications notifications, Outbox outbox,
            SiteClock clock, SiteProperties site) {
        this.residents = residents;
        this.access = access;
        this.notifications = notifications;
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
    }

    /** A neighbour asked: the owner is told. */
    void requested(Listing listing, ListingBooking booking) {
        tell(listing, booking, Notice.REQUESTED, false);
    }

    /** The owner accepted or declined: the asker is told. */
    void answered(Listing listing, ListingBooking booking) {
        tell(listing, booking, booking.getStatus() == BookingStatus.ACCEPTED ? Notice.ACCEPTED : Notice.DECLINED, true);
    }

    /** The asker cancelled: the owner is told. */
    void cancelled(Listing listing, ListingBooking booking) {
        tell(listing, booking, Notice.CANCELLED, false);
    }

    /** Cancelled because one side is gone: the other is told (the one gone knows why). */
    void cancelledAsPartyGone(Listing listing, ListingBooking booking, boolean toBorrower) {
        tell(listing, booking, Notice.PARTY_GONE, toBorrower, true);
    }

    /**
     * A loan out while one side is gone: both are told, the one gone included, even if the listing no longer shows to
     * them (the loan is theirs; an erased account has no address left to write to).
     */
    void outWhilePartyGone(Listing listing, ListingBooking booking) {
        tell(listing, booking, Notice.OUT_PARTY_GONE, false, true);
        tell(listing, booking, Notice.OUT_PARTY_GONE, true, true);
    }

    /** The day before pick-up, before return, or the return late: both are told. */
    void remind(Listing listing, ListingBooking booking, Notice notice) {
        tell(listing, booking, notice, false);
        tell(listing, booking, notice, true);
    }

    private void tell(Listing listing, ListingBooking booking, Notice notice, boolean toBorrower) {
        tell(listing, booking, notice, toBorrower, false);
    }

    /** @param party the recipient is told as a side of this booking, whether or not they still see the listing */
    private void tell(Listing listing, ListingBooking booking, Notice notice, boolean toBorrower, boolean party) {
        Long recipientId = toBorrower ? booking.getBorrowerId() : Long.valueOf(listing.getAuthorId());
        if (recipientId == null) {
            return;
        }
        Optional<ResidentDetails> recipient = residents.details(recipientId);
        if (recipient.isEmpty() || recipient.get().email() == null
                || !party && !access.maySee(residents.viewer(recipientId), listing)) {
            return;
        }
        String other = otherName(listing, booking, toBorrower);
        String from = DAY.format(booking.getStartsOn());
        String to = DAY.format(booking.getEndsOn());
        List<String> args = List.of(listing.getTitle(), other, from, to);
        String side = toBorrower ? "borrower" : "owner";
        notifications.tell(new TopicActivity(BookingTopics.topic(booking), listing.getTitle(), listing.path(),
                "booking-" + notice.name().toLowerCase(), notice.messagePrefix() + "." + side, args, 0, true, clock.now()),
                List.of(recipientId));
        ResidentDetails r = recipient.get();
        outbox.queue(Email.to(r.email(), r.locale(), "exchange/email/booking", notice.messagePrefix() + ".subject",
                        listing.getTitle())
                .with("name", r.displayName())
                .with("bodyKey", notice.messagePrefix() + "." + side)
                .with("title", listing.getTitle())
                .with("other", other)
                .with("from", from)
                .with("to", to)
                .with("link", baseUrl + listing.path())
                .messageId("booking-" + booking.getId() + "-" + notice.name().toLowerCase() + "-" + recipientId));
    }

    private String otherName(Listing listing, ListingBooking booking, boolean toBorrower) {
        if (toBorrower) {
            return residents.find(listing.getAuthorId()).map(r -> r.displayName()).orElse("");
        }
        if (booking.getBorrowerId() == null) {
            return booking.getBorrowerName();
        }
        return residents.find(booking.getBorrowerId()).map(r -> r.displayName()).orElse("");
    }
}
