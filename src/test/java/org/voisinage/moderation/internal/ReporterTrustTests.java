package org.voisinage.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReporterTrustTests {

    private final Instant now = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void residentsVerifiedLongAgoWeighMoreThanNewcomers() {
        double established = ReporterTrust.weight(now.minus(Duration.ofDays(200)), now, 0);
        double newcomer = ReporterTrust.weight(now.minus(Duration.ofDays(3)), now, 0);
        double unverified = ReporterTrust.weight(null, now, 0);
        assertThat(established).isEqualTo(2.0);
        assertThat(newcomer).isEqualTo(1.0);
        assertThat(unverified).isEqualTo(0.5);
    }

    @Test
    void dismissedReportsHalveTheWeight() {
        assertThat(ReporterTrust.weight(now.minus(Duration.ofDays(200)), now, 2)).isEqualTo(1.0);
    }
}
