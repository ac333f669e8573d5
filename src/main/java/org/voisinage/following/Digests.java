package org.voisinage.following;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.following.DigestStore.ChangeRow;
import org.voisinage.following.DigestStore.FollowerRow;
import org.voisinage.following.FollowingEmails.DigestTopic;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;
import org.voisinage.notification.OutboxStatus;

/**
 * Builds the digests of a period: one email per follower, grouping all the topics they follow with the period's
 * frequency, and none when nothing changed. Followers are walked in batches (keyset on their id, a constant
 * number of statements per batch, nothing kept from one batch to the next). In each batch's transaction the
 * digest rows are created (a unique key per follower and period) and their emails queued: both happen or
 * neither, so a run that dies can be run again and creates and queues only what is missing.
 */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final DigestStore store;
    private final TopicPolicies policies;
    private final Recipients recipients;
    private final FollowingEmails emails;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final MeterRegistry meters;

    Digests(DigestStore store, TopicPolicies policies, Recipients recipients, FollowingEmails emails, Outbox outbox,
            PlatformTransactionManager transactionManager,
            FollowingProperties settings, MeterRegistry meters) {
        this.store = store;
        this.policies = policies;
        this.recipients = recipients;
        this.emails = emails;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactionManager);
        this.batchSize = settings.digestBatchSize();
        this.meters = meters;
        // registered at start, so that a scrape shows the series (at zero) before the first run
        for (Frequency kind : new Frequency[] {Frequency.DAILY, Frequency.WEEKLY}) {
            runTimer(kind, "success");
            digestsBuilt(kind);
        }
    }

    /** Digest runs, by period kind and outcome: how long each took, how many ran (Prometheus: voisinage_digest_runs_seconds). */
    private Timer runTimer(Frequency kind, String outcome) {
        return Timer.builder("voisinage.digest.runs").description("Digest runs (building and queueing a period's digests)")
                .tag("period", kind.name().toLowerCase(java.util.Locale.ROOT)).tag("outcome", outcome).register(meters);
    }

    private Counter digestsBuilt(Frequency kind) {
        return Counter.builder("voisinage.digest.built").description("Digests created by the runs")
                .tag("period", kind.name().toLowerCase(java.util.Locale.ROOT)).register(meters);
    }

    /** A digest run as staff see it; {@code sent} and {@code failed} count the emails of its period. */
    public record DigestRun(long id, Frequency kind, java.time.LocalDate periodStart, java.time.Instant startedAt,
            java.time.Instant finishedAt, int built, String error, long queued, long sent, long failed) {}

    /**
     * Builds (what is missing of) the digests of the period.
     *
     * @return how many digests this run created
     */
    public int build(DigestPeriod period) {
        long started = System.nanoTime();
        long runId = store.startRun(period);
        int built = 0;
        try {
            long after = 0;
            List<FollowerRow> batch;
            do {
                long from = after;
                batch = store.followers(period.kind(), from, batchSize);
                if (!batch.isEmpty()) {
                    List<FollowerRow> followers = batch;
                    built += transaction.execute(status -> buildBatch(period, runId, followers));
                    after = batch.get(batch.size() - 1).id();
                }
            } while (batch.size() == batchSize);
            store.finishRun(runId, built, null);
            log.info("Digests {} {}: {} built", period.kind(), period.start(), built);
            runTimer(period.kind(), "success").record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            digestsBuilt(period.kind()).increment(built);
            return built;
        } catch (RuntimeException e) {
            store.finishRun(runId, built, NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            runTimer(period.kind(), "failure").record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            digestsBuilt(period.kind()).increment(built);
            throw e;
        }
    }

    /** One batch, in one transaction: digests created and queued together. */
    private int buildBatch(DigestPeriod period, long runId, List<FollowerRow> followers) {
        Long[] ids = followers.stream().map(FollowerRow::id).toArray(Long[]::new);
        List<ChangeRow> lines = store.changes(period, ids);
        // each line asked of its topic's policy for this follower as they are now: the policies once per topic type,
        // the followers' viewers in one go (a constant number of statements per batch)
        Map<Topic, TopicAudience> audiences = policies.audiences(lines.stream().map(ChangeRow::topic).distinct().toList());
        Map<Long, Long> residentOf = new HashMap<>();
        followers.forEach(f -> residentOf.put(f.id(), f.residentId()));
        Map<Long, Viewer> viewers = recipients.viewers(residentOf.values());
        Map<Long, List<ChangeRow>> changes = new LinkedHashMap<>();
        for (ChangeRow row : lines) {
            if (audiences.get(row.topic()).admits(Recipients.of(viewers, residentOf.get(row.followerId())))) {
                changes.computeIfAbsent(row.followerId(), id -> new ArrayList<>()).add(row);
            }
        }
        List<FollowerRow> withNews = followers.stream().filter(f -> changes.containsKey(f.id())).toList();
        if (withNews.isEmpty()) {
            return 0; // no digest when nothing changed
        }
        List<List<DigestTopic>> topics = withNews.stream().map(f -> topics(changes.get(f.id()), f)).toList();
        List<long[]> rows = new ArrayList<>(withNews.size());
        for (int i = 0; i < withNews.size(); i++) {
            rows.add(new long[] {withNews.get(i).id(), topics.get(i).size()});
        }
        boolean[] created = store.createDigests(period, runId, rows);
        List<Email> batch = new ArrayList<>();
        UnsubscribeKeys.Batch keys = emails.keys();
        for (int i = 0; i < withNews.size(); i++) {
            if (created[i]) {
                FollowerRow follower = withNews.get(i);
                batch.add(emails.digest(keys, period, follower.id(), follower.email(), follower.locale(), topics.get(i)));
            }
        }
        keys.save();
        outbox.queueAll(batch);
        return batch.size();
    }

    /** A follower's changes, ordered by topic then time, as one section per topic. */
    private List<DigestTopic> topics(List<ChangeRow> rows, FollowerRow follower) {
        List<DigestTopic> topics = new ArrayList<>();
        Topic current = null;
        List<String> lines = null;
        for (ChangeRow row : rows) {
            if (!row.topic().equals(current)) {
                current = row.topic();
                lines = new ArrayList<>();
                String title = row.title() == null ? current.type() + " #" + current.id() : row.title();
                topics.add(new DigestTopic(title, emails.url(row.path()), row.followId(), lines));
            }
            Object[] args = row.count() > 0 ? new Object[] {row.count()} : row.args();
            lines.add(emails.line(row.messageKey(), args, follower.locale()));
        }
        return topics;
    }

    /** The latest runs, newest first, with the delivery of their period's emails. */
    public List<DigestRun> recentRuns(int limit) {
        return store.recentRuns(limit).stream().map(this::view).toList();
    }

    private DigestRun view(DigestStore.RunRow run) {
        DigestPeriod period = DigestPeriod.of(run.kind(), run.start(), java.time.ZoneOffset.UTC);
        Map<OutboxStatus, Long> counts = outbox.countByMessageIdPrefix(period.messageIdPrefix());
        return new DigestRun(run.id(), run.kind(), run.start(), run.startedAt(), run.finishedAt(), run.built(),
                run.error(), counts.get(OutboxStatus.QUEUED) + counts.get(OutboxStatus.SENDING),
                counts.get(OutboxStatus.SENT), counts.get(OutboxStatus.FAILED));
    }

    /**
     * Staff's retry: every failed digest email of the run's period is attempted again now.
     *
     * @return how many emails will be attempted again
     */
    public int retryFailures(long runId) {
        DigestStore.RunRow run = store.run(runId).orElseThrow(() -> new NotFoundException("digest run", runId));
        return outbox.retryFailedByMessageIdPrefix(
                DigestPeriod.of(run.kind(), run.start(), java.time.ZoneOffset.UTC).messageIdPrefix());
    }
}
