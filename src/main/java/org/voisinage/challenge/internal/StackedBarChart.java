package org.voisinage.challenge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a stacked bar chart drawn by a template as SVG (no JavaScript): one bar per column (a
 * month), each made of one segment per series (a theme), the tallest bar reaching the top of the plot.
 * Series and columns also make the data table shown beside the chart.
 *
 * @param max the tallest bar's value: the top of the vertical axis; 0 when there is nothing to draw
 */
public record StackedBarChart(int width, int height, int left, int right, int top, int bottom, int max,
        List<Series> series, List<Column> columns) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 44;
    static final int RIGHT = 632;
    static final int TOP = 14;
    static final int BOTTOM = 228;

    /** One stacked quantity: its name (a message key), its colour and its value per column. */
    public record Series(String labelKey, String colour, List<Integer> values) {

        public int total() {
            return values.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One rectangle of a bar. */
    public record Segment(String labelKey, String colour, int value, String x, String y, String width, String height) {}

    /** One bar: its label under the axis and its segments from the bottom up. */
    public record Column(String label, int total, String labelX, List<Segment> segments) {}

    /**
     * @param labels the columns' labels, left to right
     * @param series each with one value per label; series with nothing at all are left out (and from the legend)
     */
    public static StackedBarChart of(List<String> labels, List<Series> series) {
        List<Series> shown = series.stream().filter(s -> s.total() > 0).toList();
        int max = 0;
        for (int i = 0; i < labels.size(); i++) {
            int column = 0;
            for (Series s : shown) {
                column += s.values().get(i);
            }
            max = Math.max(max, column);
        }
        double slot = (RIGHT - LEFT) / (double) Math.max(1, labels.size());
        double barWidth = slot * 0.7;
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + slot * i + (slot - barWidth) / 2;
            double base = BOTTOM;
            int total = 0;
            List<Segment> segments = new ArrayList<>();
            for (Series s : shown) {
                int value = s.values().get(i);
                if (value == 0) {
                    continue;
                }
                double h = (BOTTOM - TOP) * (double) value / max;
                base -= h;
                total += value;
                segments.add(new Segment(s.labelKey(), s.colour(), value, number(x), number(base), number(barWidth),
                        number(h)));
            }
            columns.add(new Column(labels.get(i), total, number(LEFT + slot * i + slot / 2), segments));
        }
        return new StackedBarChart(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, max, shown, columns);
    }

    /** Nothing to draw: the page says so instead of showing empty axes. */
    public boolean isEmpty() {
        return max == 0;
    }

    public int total() {
        return series.stream().mapToInt(Series::total).sum();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
