package org.voisinage.exchange;

import java.time.LocalDate;
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
 * The nightly emails: authors hear of listings expiring soon (with the one-click extension link), owners of lent
 * objects of the return date. Each is sent once: the date it was sent for is kept on the row.
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
    private final int loanReminderDays;

    ListingReminders(ListingRepository listings, Residents residents, Outbox outbox, ExtendLinks links,
            SiteClock clock, SiteProperties site, ExchangeProperties settings) {
        this.listings = listings;
        this.residents = residents;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
        this.noticeDays = settings.expiryNoticeDays();
        this.loanReminderDays = settings.loanReminderDays();
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

    /** Reminds owners (and tells them to remind borrowers) before and on the return date, exactly once each. */
    @Transactional
    public int sendLoanReminders() {
        LocalDate today = clock.today();
        int sent = 0;
        for (long id : listings.findLoansToRemind(today.plusDays(loanReminderDays))) {
            Listing listing = listings.lock(id).orElseThrow();
            Optional<LoanReminders.Reminder> reminder = LoanReminders.due(listing.getLentReturnOn(), today,
                    loanReminderDays, listing.getReminderBeforeFor(), listing.getReminderDueFor());
            if (reminder.isEmpty()) {
                continue;
            }
            String what = reminder.get().name().toLowerCase();
            residents.details(listing.getAuthorId()).ifPresent(owner -> outbox.queue(
                    Email.to(owner.email(), owner.locale(), "exchange/email/loan-reminder",
                                    "exchange.email.loan." + what + ".subject", listing.getTitle())
                            .with("name", owner.displayName())
                            .with("bodyKey", "exchange.email.loan." + what + ".body")
                            .with("title", listing.getTitle())
                            .with("lentTo", listing.getLentTo())
                            .with("returnOn", listing.getLentReturnOn())
                            .with("link", baseUrl + listing.path())
                            .messageId("listing-" + id + "-loan-" + what + "-" + listing.getLentReturnOn())));
            listing.reminderSent(reminder.get());
            sent++;
        }
        return sent;
    }
}
