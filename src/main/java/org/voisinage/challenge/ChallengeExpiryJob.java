package org.voisinage.challenge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, open challenges whose deadline passed below their goal expire (running twice changes nothing). */
@Component
class ChallengeExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ChallengeExpiryJob.class);

    private final ChallengeLifecycle lifecycle;

    ChallengeExpiryJob(ChallengeLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(cron = "${voisinage.challenge.expiry-cron:0 5 0 * * *}", zone = "#{@siteClock.zone().id}")
    // once a day across instances; held a while after the run so that an instance whose clock lags skips it
    @SchedulerLock(name = "challenge-expiry", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void expire() {
        int expired = lifecycle.expireOverdue();
        if (expired > 0) {
            log.info("{} challenge(s) expired", expired);
        }
    }
}
