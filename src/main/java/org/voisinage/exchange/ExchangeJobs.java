package org.voisinage.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: authors hear of listings expiring soon, listings past their date expire, loan owners are reminded
 * of return dates. Each step is safe to run again (nothing is sent twice).
 */
@Component
class ExchangeJobs {

    private static final Logger log = LoggerFactory.getLogger(ExchangeJobs.class);

    private final Listings listings;

    ExchangeJobs(Listings listings) {
        this.listings = listings;
    }

    @Scheduled(cron = "${voisinage.exchange.jobs-cron:0 30 8 * * *}", zone = "${voisinage.time-zone:Europe/Paris}")
    void run() {
        int notices = listings.sendExpiryNotices();
        int expired = listings.expireOverdue();
        int reminders = listings.sendLoanReminders();
        if (notices + expired + reminders > 0) {
            log.info("Listings: {} expiry notice(s), {} expired, {} loan reminder(s)", notices, expired, reminders);
        }
    }
}
