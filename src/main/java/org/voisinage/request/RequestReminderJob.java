package org.voisinage.request;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds staff of the requests nobody answered (voisinage.requests.reminder-after). */
@Component
class RequestReminderJob {

    private final StaffRequests requests;

    RequestReminderJob(StaffRequests requests) {
        this.requests = requests;
    }

    // ShedLock: name=staffRequestReminders
    @Scheduled(cron = "${voisinage.requests.reminder-cron:0 0 8 * * *}", zone = "#{@siteClock.zone().id}")
    void run() {
        requests.remindUnanswered();
    }
}
