package org.voisinage.request;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds staff of the requests nobody answered (voisinage.requests.reminder-after). */
@Component
class RequestReminderJob {

    private final StaffRequests requests;

    RequestReminderJob(StaffRequests requests) {
        this.requests = requests;
    }

    @Scheduled(cron = "${voisinage.requests.reminder-cron:0 0 8 * * *}", zone = "#{@siteClock.zone().id}")
    @SchedulerLock(name = "staff-request-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void run() {
        requests.remindUnanswered();
    }
}
