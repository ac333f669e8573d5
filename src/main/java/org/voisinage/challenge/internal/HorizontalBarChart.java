package org.voisinage.challenge.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart drawn by a template as SVG: one labelled bar per row, the longest
 * reaching the right edge of the plot, the value written after each bar.
 */
public record HorizontalBarChart(int width, int height, int barsLeft, int max, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int BARS_LEFT = 200;
    static final int BARS_RIGHT = 580;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int LABEL_LENGTH = 28;

    /** A row to draw: its label is a name, or a message key when the name must be translated. */
    public record Row(String label, String labelKey, int value) {}

    /** A drawn row; the label is shortened to fit (the data table has it whole). */
    public record Bar(String label, String labelKey, int value, String colour, String y, String width, String textY,
            String valueX) {}

    public static HorizontalBarChart of(List<Row> rows, String colour) {
        int max = rows.stream().mapToInt(Row::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double length = max == 0 ? 0 : (BARS_RIGHT - BARS_LEFT) * (double) row.value() / max;
            double y = i * ROW + (ROW - BAR) / 2.0;
            bars.add(new Bar(shorten(row.label()), row.labelKey(), row.value(), colour, StackedBarChart.number(y),
                    StackedBarChart.number(length), StackedBarChart.number(y + BAR - 4),
                    StackedBarChart.number(BARS_LEFT + length + 6)));
        }
        return new HorizontalBarChart(WIDTH, Math.max(ROW, rows.size() * ROW), BARS_LEFT, max, bars);
    }

    public boolean isEmpty() {
        return max == 0;
    }

    private static String shorten(String label) {
        return label == null || label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "…";
    }
}
