package org.voisinage.common;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Rate limits shared by every module: one token bucket per named plan and key, kept in PostgreSQL by Bucket4j
 * (table {@code rate_limit_bucket}), so that all instances count together and a restart forgets nothing.
 * Keys (a client address, an email address...) are stored hashed.
 */
@Component
public class RateLimits {

    private final ProxyManager<String> buckets;
    private final RateLimitProperties properties;

    RateLimits(ProxyManager<String> rateLimitBuckets, RateLimitProperties properties) {
        this.buckets = rateLimitBuckets;
        this.properties = properties;
    }

    /** Whether a try was allowed and, when not, how long until the next one is. */
    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /** Whole seconds to wait, at least one, for a message. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** Takes a try from the key's bucket of this plan: allowed while the bucket has one left. */
    public Decision tryConsume(String plan, String key) {
        ConsumptionProbe probe = bucket(plan, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Decision.ALLOWED
                : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether the key may try now, without taking anything (for limits counting failures only). */
    public Decision check(String plan, String key) {
        EstimationProbe probe = bucket(plan, key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Decision.ALLOWED
                : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Counts a failure against the key (once its bucket is empty, further failures change nothing). */
    public void recordFailure(String plan, String key) {
        bucket(plan, key).tryConsume(1);
    }

    private Bucket bucket(String plan, String key) {
        RateLimitProperties.Plan limits = properties.plan(plan);
        return buckets.builder().build(plan + ":" + hash(key), () -> BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limits.capacity())
                        .refillGreedy(limits.capacity(), limits.period()).build())
                .build());
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(key).strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
