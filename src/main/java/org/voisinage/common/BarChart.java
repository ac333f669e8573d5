package org.voisinage.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn by a template as SVG ({@code web/dashboard-fragments :: barChart}): one labelled bar per
 * row, the longest reaching the right edge, the value written after each bar. Labels are names, or message keys to
 * translate. Shared by the admin dashboard and poll results.
 */
public record BarChart(int width, int height, int barsLeft, long max, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int BARS_LEFT = 200;
    static final int BARS_RIGHT = 580;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int LABEL_LENGTH = 28;

    public record Row(String label, String labelKey, long value) {}

    public record Bar(String label, String labelKey, long value, String y, String width, String textY, String valueX) {}

    public static BarChart of(List<Row> rows) {
        long max = rows.stream().mapToLong(Row::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double length = max == 0 ? 0 : (BARS_RIGHT - BARS_LEFT) * (double) row.value() / max;
            double y = i * ROW + (ROW - BAR) / 2.0;
            bars.add(new Bar(shorten(row.label()), row.labelKey(), row.value(), number(y), number(length),
                    number(y + BAR - 4), number(BARS_LEFT + length + 6)));
        }
        return new BarChart(WIDTH, Math.max(ROW, rows.size() * ROW), BARS_LEFT, max, bars);
    }

    public boolean isEmpty() {
        return max == 0;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String shorten(String label) {
        return label == null || label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "…";
    }
}
