package org.voisinage.poll;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls close by themselves at their end (pages read the time); this job tells the followers that the results of
 * the polls that ended are out, once each across instances.
 */
@Component
class PollResultsJob {

    private static final Logger log = LoggerFactory.getLogger(PollResultsJob.class);

    private final Polls polls;

    PollResultsJob(Polls polls) {
        this.polls = polls;
    }

    @Scheduled(cron = "${voisinage.poll.results-cron:0 */5 * * * *}", zone = "#{@siteClock.zone().id}")
    @SchedulerLock(name = "poll-results", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void tellResultsOnSchedule() {
        int told = polls.tellResults();
        if (told > 0) {
            log.info("results of {} poll(s) told to their followers", told);
        }
    }
}
