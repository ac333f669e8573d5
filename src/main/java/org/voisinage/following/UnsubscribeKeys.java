package org.voisinage.following;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.following.internal.Keys;

/**
 * The keys of the unsubscribe links. Only their SHA-256 is stored: a key exists in clear only in the email it
 * was made for, each email getting keys of its own when it is built (so the links of older emails keep working).
 * A key reaches one follow, or every follow of its follower (the "all digests" key, {@code followId} null).
 */
@Component
class UnsubscribeKeys {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UnsubscribeKeys.class);

    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;
    private final java.time.Duration validity;

    UnsubscribeKeys(JdbcTemplate jdbc, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${voisinage.following.unsubscribe-key-validity:P400D}")
            java.time.Duration validity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * Every email adds keys: those older than the validity (a year and more: far older than any email one still
     * acts on) are deleted each night, so the table does not grow for ever. Safe on several instances at once (a
     * plain delete). An old link then says it is unknown, and the account page or a newer email still unsubscribes.
     */
    @org.springframework.scheduling.annotation.Scheduled(cron = "${voisinage.following.unsubscribe-key-purge-cron:0 40 3 * * *}",
            zone = "#{@siteClock.zone().id}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "unsubscribe-keys-purge", lockAtMostFor = "PT30M",
            lockAtLeastFor = "PT5M")
    void purgeOnSchedule() {
        purge();
    }

    int purge() {
        int deleted = jdbc.update("delete from unsubscribe_key where created_at < ?",
                java.sql.Timestamp.from(clock.instant().minus(validity)));
        if (deleted > 0) {
            log.info("Unsubscribe keys older than {}: {} deleted", validity, deleted);
        }
        return deleted;
    }

    /** What a key reaches. */
    record Reach(long followerId, Long followId) {
        boolean allTopics() {
            return followId == null;
        }
    }

    /** The key's reach; empty for a malformed or unknown key. */
    Optional<Reach> find(String key) {
        if (!Keys.looksValid(key)) {
            return Optional.empty();
        }
        return jdbc.query("select follower_id, follow_id from unsubscribe_key where key_hash = ?",
                (rs, i) -> new Reach(rs.getLong(1), (Long) rs.getObject(2, Long.class)), Keys.sha256(key))
                .stream().findFirst();
    }

    /** A new batch: keys are made at once, stored with one batched insert by {@link Batch#save()}. */
    Batch batch() {
        return new Batch();
    }

    final class Batch {

        private final List<Object[]> rows = new ArrayList<>();

        /** A new key for every follow of the follower. */
        String allTopics(long followerId) {
            return add(followerId, null);
        }

        /** A new key for this one follow. */
        String follow(long followerId, long followId) {
            return add(followerId, followId);
        }

        private String add(long followerId, Long followId) {
            String key = Keys.random();
            rows.add(new Object[] {Keys.sha256(key), followerId, followId});
            return key;
        }

        /** Stores the hashes of the keys made, in the caller's transaction (with the emails carrying them). */
        void save() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into unsubscribe_key (key_hash, follower_id, follow_id) values (?, ?, ?)", rows);
                rows.clear();
            }
        }
    }
}
