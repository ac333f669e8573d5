package org.voisinage.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: authors hear of listings expiring soon, listings past their date expire, owners and borrowers of
 * booked objects hear of pick-up and return days and of late returns. Each step is safe to run again (nothing is sent twice).
 */
@Component
class ExchangeJobs {

    private static final Logger log = LoggerFactory.getLogger(ExchangeJobs.class);

    private final ListingReminders reminders;
    private final ListingExpiry expiry;

    ExchangeJobs(ListingReminders reminders, ListingExpiry expiry) {
        this.reminders = reminders;
        this.expiry = expiry;
    }

    @Scheduled(cron = "${voisinage.exchange.jobs-cron:0 30 8 * * *}", zone = "#{@siteClock.zone().id}")
    // once a day across instances (the notices and reminders are emails): held a while after the run
    @SchedulerLock(name = "exchange-jobs", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void run() {
        int notices = reminders.sendExpiryNotices();
        int expired = expiry.expireOverdue();
        int bookings = reminders.sendBookingReminders();
        if (notices + expired + bookings > 0) {
            log.info("Listings: {} expiry notice(s), {} expired, {} booking reminder(s)", notices, expired, bookings);
        }
    }
}
