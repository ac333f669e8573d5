package org.voisinage.trends;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.voisinage.common.BarChart;

/**
 * One table of the trends as shown: a row per category with a figure per month and the period's, and for rows that
 * add up, the months' totals and the grand total. Every figure already hidden where it must be ({@link Figure}).
 *
 * @param monthTotals empty unless the rows add up
 * @param total null unless the rows add up
 */
public record TrendTable(String key, boolean translated, boolean additive, boolean median, boolean staffOnly,
        List<Row> rows, List<Figure> monthTotals, Figure total) {

    /** A row: its label (a message key when the table is translated), a figure per month, the period's figure. */
    public record Row(String label, List<Figure> months, Figure total) {}

    /** Builds the shown table from the contributor's counts over these months. */
    public static TrendTable of(TrendFigures figures, List<YearMonth> months) {
        return figures.median() ? medians(figures, months) : counts(figures, months);
    }

    private static TrendTable counts(TrendFigures figures, List<YearMonth> months) {
        int width = months.size();
        Map<String, long[]> sums = new HashMap<>();
        Map<String, boolean[]> small = new HashMap<>(); // a neighbourhood's count of 1 to 4 inside the cell
        for (TrendFigures.Count c : figures.counts()) {
            int m = months.indexOf(c.month());
            if (m < 0) {
                continue; // a row dated outside the period (clock skew between Java and PostgreSQL)
            }
            sums.computeIfAbsent(c.row(), r -> new long[width])[m] += c.count();
            if (c.count() > 0 && c.count() < Figure.THRESHOLD) {
                small.computeIfAbsent(c.row(), r -> new boolean[width])[m] = true;
            }
        }
        List<Row> rows = new ArrayList<>();
        long[] monthSums = new long[width];
        boolean[] monthSmall = new boolean[width];
        for (String label : figures.rows()) {
            long[] sum = sums.getOrDefault(label, new long[width]);
            boolean[] tiny = small.getOrDefault(label, new boolean[width]);
            List<Figure> cells = new ArrayList<>();
            long rowSum = 0;
            boolean rowSmall = false;
            for (int m = 0; m < width; m++) {
                cells.add(Figure.count(sum[m], tiny[m]));
                rowSum += sum[m];
                rowSmall |= tiny[m];
                monthSums[m] += sum[m];
                monthSmall[m] |= tiny[m];
            }
            rows.add(new Row(label, cells, Figure.count(rowSum, rowSmall)));
        }
        if (!figures.additive()) {
            return new TrendTable(figures.key(), figures.translated(), false, false, figures.staffOnly(), rows,
                    List.of(), null);
        }
        List<Figure> totals = new ArrayList<>();
        long all = 0;
        boolean anySmall = false;
        for (int m = 0; m < width; m++) {
            totals.add(Figure.count(monthSums[m], monthSmall[m]));
            all += monthSums[m];
            anySmall |= monthSmall[m];
        }
        return new TrendTable(figures.key(), figures.translated(), true, false, figures.staffOnly(), rows, totals,
                Figure.count(all, anySmall));
    }

    private static TrendTable medians(TrendFigures figures, List<YearMonth> months) {
        Map<String, Map<YearMonth, TrendFigures.Median>> byRow = new HashMap<>();
        Map<String, TrendFigures.Median> period = new HashMap<>();
        for (TrendFigures.Median m : figures.medians()) {
            if (m.month() == null) {
                period.put(m.row(), m);
            } else {
                byRow.computeIfAbsent(m.row(), r -> new HashMap<>()).put(m.month(), m);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String label : figures.rows()) {
            Map<YearMonth, TrendFigures.Median> cells = byRow.getOrDefault(label, Map.of());
            List<Figure> shown = months.stream().map(cells::get)
                    .map(m -> m == null ? Figure.median(0, 0) : Figure.median(m.count(), m.days())).toList();
            TrendFigures.Median whole = period.get(label);
            rows.add(new Row(label, shown, whole == null ? Figure.median(0, 0) : Figure.median(whole.count(), whole.days())));
        }
        return new TrendTable(figures.key(), figures.translated(), false, true, figures.staffOnly(), rows, List.of(),
                null);
    }

    /** The rows' period figures as bars: only the shown ones (the table beside says which are hidden). */
    public BarChart chart() {
        return BarChart.of(rows.stream().filter(r -> r.total().shown())
                .map(r -> new BarChart.Row(translated ? null : r.label(), translated ? r.label() : null, r.total().drawn()))
                .toList());
    }

    /** Whether any figure of the period is shown: a chart of nothing but hidden figures is left out. */
    public boolean hasShownTotal() {
        return rows.stream().anyMatch(r -> r.total().shown());
    }
}
