package org.voisinage.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** The counts are in PostgreSQL: a second instance of the application sees what the first one counted. */
@SpringBootTest
// unused MockMvc: the annotations of the other tests, so that they share one cached context
@AutoConfigureMockMvc
class RateLimitsTests {

    @Autowired RateLimits limits;
    @Autowired RateLimitProperties properties;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anotherInstanceOverTheSameDatabaseSeesTheSameBuckets() {
        String recipient = "someone-" + UUID.randomUUID() + "@example.org";
        int capacity = properties.plans().get(EmailLimits.PER_RECIPIENT).capacity();
        for (int i = 0; i < capacity; i++) {
            assertThat(limits.tryConsume(EmailLimits.PER_RECIPIENT, recipient).allowed()).isTrue();
        }
        RateLimits otherInstance = new RateLimits(new RateLimitConfiguration().rateLimitBuckets(dataSource, clock), properties);
        RateLimits.Decision refused = otherInstance.tryConsume(EmailLimits.PER_RECIPIENT, recipient.toUpperCase());
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isPositive();
        assertThat(otherInstance.tryConsume(EmailLimits.PER_RECIPIENT, "other-" + recipient).allowed()).isTrue();

        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket where id like ?", Long.class,
                EmailLimits.PER_RECIPIENT + ":%")).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket where id like ?", Long.class,
                "%" + recipient + "%")).as("keys are stored hashed").isZero();
    }

    @Test
    void failuresAreCountedWithoutTakingATryWhileChecking() {
        String address = "addr-" + UUID.randomUUID();
        int capacity = properties.plans().get("member-number-failures-per-address").capacity();
        assertThat(capacity).isGreaterThan(1);
        assertThat(limits.check("member-number-failures-per-address", address).allowed()).isTrue();
        for (int i = 0; i < capacity; i++) {
            limits.recordFailure("member-number-failures-per-address", address);
        }
        assertThat(limits.check("member-number-failures-per-address", address).allowed()).isFalse();
    }
}
