package org.voisinage.agenda;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every hour for the reminders due ({@link EventReminders}): one instance at a time, and a run missed while the
 * site was down is caught up by the next.
 */
@Component
class EventReminderJob {

    private final EventReminders reminders;

    EventReminderJob(EventReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${voisinage.agenda.reminder-cron:0 0 * * * *}", zone = "#{@siteClock.zone().id}")
    @SchedulerLock(name = "agenda-event-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void remindOnSchedule() {
        reminders.sendDue();
    }
}
