package org.voisinage.common;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The named plans of {@link RateLimits}: {@code voisinage.rate-limits.plans.<name>.capacity} tries, given
 * back evenly over {@code period}. Defaults are in application.properties; an operator tunes them there.
 */
@ConfigurationProperties("voisinage.rate-limits")
public record RateLimitProperties(Map<String, Plan> plans) {

    public RateLimitProperties {
        plans = plans == null ? Map.of() : Map.copyOf(plans);
    }

    /** At most {@code capacity} tries at once; the bucket fills up again over {@code period}. */
    public record Plan(int capacity, Duration period) {

        public Plan {
            if (capacity < 1 || period == null || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a rate limit plan needs a capacity of at least 1 and a period");
            }
        }
    }

    Plan plan(String name) {
        Plan plan = plans.get(name);
        if (plan == null) {
            throw new IllegalArgumentException("no rate limit plan voisinage.rate-limits.plans." + name);
        }
        return plan;
    }
}
