package org.voisinage.account;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Prepares the exports residents asked for, and deletes those whose link has expired. */
@Component
class DataExportJob {

    private final DataExports exports;

    DataExportJob(DataExports exports) {
        this.exports = exports;
    }

    // ShedLock: name=dataExports
    @Scheduled(fixedDelayString = "${voisinage.account.export-interval:PT1M}", initialDelayString = "PT1M")
    void run() {
        exports.prepareWaiting();
        exports.purgeExpired();
    }
}
