package org.voisinage.challenge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartsTests {

    @Test
    void theTallestStackReachesTheTopAndSegmentsStackFromTheAxis() {
        StackedBarChart chart = StackedBarChart.of(List.of("01", "02", "03"), List.of(
                new StackedBarChart.Series("a", "#111111", List.of(2, 0, 10)),
                new StackedBarChart.Series("b", "#222222", List.of(3, 0, 10)),
                new StackedBarChart.Series("none", "#333333", List.of(0, 0, 0))));

        assertThat(chart.max()).isEqualTo(20);
        assertThat(chart.series()).extracting(StackedBarChart.Series::labelKey).containsExactly("a", "b");
        StackedBarChart.Column tallest = chart.columns().get(2);
        assertThat(tallest.total()).isEqualTo(20);
        assertThat(tallest.segments().get(0).y()).isEqualTo("121.0"); // half the plot: 228 - 214 / 2
        assertThat(tallest.segments().get(1).y()).isEqualTo(StackedBarChart.TOP + ".0");
        StackedBarChart.Column small = chart.columns().get(0);
        assertThat(small.segments()).extracting(StackedBarChart.Segment::height).containsExactly("21.4", "32.1");
        assertThat(chart.columns().get(1).segments()).isEmpty();
        assertThat(chart.total()).isEqualTo(25);
    }

    @Test
    void nothingToDrawIsEmpty() {
        StackedBarChart chart = StackedBarChart.of(List.of("01", "02"),
                List.of(new StackedBarChart.Series("a", "#111111", List.of(0, 0))));
        assertThat(chart.isEmpty()).isTrue();
        assertThat(chart.series()).isEmpty();
        assertThat(chart.columns()).allSatisfy(c -> assertThat(c.segments()).isEmpty());
        assertThat(HorizontalBarChart.of(List.of(new HorizontalBarChart.Row("Nord", null, 0)), "#111111").isEmpty()).isTrue();
        assertThat(HorizontalBarChart.of(List.of(), "#111111").isEmpty()).isTrue();
    }

    @Test
    void theLongestHorizontalBarSpansThePlotAndLongNamesAreShortened() {
        HorizontalBarChart chart = HorizontalBarChart.of(List.of(
                new HorizontalBarChart.Row(null, "whole", 40),
                new HorizontalBarChart.Row("Un quartier au nom vraiment très très long", null, 10)), "#111111");

        assertThat(chart.max()).isEqualTo(40);
        assertThat(chart.bars().get(0).width()).isEqualTo("380.0");
        assertThat(chart.bars().get(1).width()).isEqualTo("95.0");
        assertThat(chart.bars().get(1).label()).hasSize(HorizontalBarChart.LABEL_LENGTH).endsWith("…");
        assertThat(chart.height()).isEqualTo(2 * HorizontalBarChart.ROW);
    }
}
