package org.voisinage.common;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Bucket4j over the application's DataSource: a row lock ({@code select ... for update}) per bucket and try, on
 * a connection of its own, so a count is kept even when the request's transaction rolls back.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource, Clock clock) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                // a full bucket says nothing a missing row does not: it may go shortly after
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .clientClock(new TimeMeter() {
                    @Override
                    public long currentTimeNanos() {
                        return clock.millis() * 1_000_000L;
                    }

                    @Override
                    public boolean isWallClockBased() {
                        return true;
                    }
                })
                .build();
    }

    /** Deletes the rows of full buckets. Idempotent, so several instances may run it at once. */
    @Configuration(proxyBeanMethods = false)
    static class Cleaner {

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

        Cleaner(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
            this.buckets = buckets;
        }

        @Scheduled(fixedDelayString = "${voisinage.rate-limits.cleanup-interval:PT15M}", initialDelayString = "PT1M")
        @SchedulerLock(name = "rate-limits-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
        void removeFullBuckets() {
            while (buckets.removeExpired(1000) == 1000) {
                // more to go
            }
        }
    }
}
