package org.voisinage.account;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Prepares the exports residents asked for, and deletes those whose link has expired. */
@Component
class DataExportJob {

    private final DataExports exports;

    DataExportJob(DataExports exports) {
        this.exports = exports;
    }

    @Scheduled(fixedDelayString = "${voisinage.account.export-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "data-exports", lockAtMostFor = "PT10M", lockAtLeastFor = "PT0S")
    void run() {
        exports.prepareWaiting();
        exports.purgeExpired();
    }
}
