package org.voisinage.challenge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PledgeChartTests {

    static final LocalDate OPENS = LocalDate.of(2026, 3, 1);

    @Test
    void drawsOnePointPerDayUpToTodayAndTheIdealLineToTheGoal() {
        PledgeChart chart = PledgeChart.of(OPENS, OPENS.plusDays(10), OPENS.plusDays(2), 100,
                Map.of(OPENS, 5, OPENS.plusDays(2), 10));
        assertThat(chart.actualPoints().split(" ")).hasSize(3);
        assertThat(chart.total()).isEqualTo(15);
        assertThat(chart.idealPoints()).isEqualTo("52.0,230.0 628.0,33.6");
        assertThat(chart.actualPoints()).endsWith("," + String.format(java.util.Locale.ROOT, "%.1f", 230 - 216 * 15 / 110.0));
    }

    @Test
    void latePledgesEndTheLineAfterTheDeadline() {
        PledgeChart chart = PledgeChart.of(OPENS, OPENS.plusDays(3), OPENS.plusDays(9), 10,
                Map.of(OPENS.minusDays(1), 2, OPENS.plusDays(6), 20));
        assertThat(chart.actualPoints().split(" ")).hasSize(4);
        assertThat(chart.actualPoints()).startsWith("52.0,");
        assertThat(chart.yMax()).isEqualTo(25);
    }
}
