package org.voisinage.trends;

import java.time.YearMonth;
import java.util.List;

/**
 * One table of a contributor, as counted: its rows (message keys, or names when {@code translated} is false) and
 * either counts per row, month and neighbourhood, or median days per row and month with how many rows each median
 * was measured on.
 *
 * @param key the table's name: its title is the message key {@code trends.table.<key>}, the CSV rows say it
 * @param additive whether the rows add up (one population split by category): the table then has month totals
 * @param staffOnly shown to global staff only (the people of no neighbourhood yet)
 */
public record TrendFigures(String key, boolean translated, boolean additive, boolean median, boolean staffOnly,
        List<String> rows, List<Count> counts, List<Median> medians) {

    /**
     * How many in a month, of a row, in a neighbourhood (null: no neighbourhood, the territory as a whole). The
     * smallest unit the hiding rule works on.
     */
    public record Count(String row, YearMonth month, Long neighbourhoodId, long count) {}

    /** The median number of days of a row in a month (null: the whole period), measured on {@code count} rows. */
    public record Median(String row, YearMonth month, long count, double days) {}

    /** Counts of rows that may add up ({@code additive}: one population split by category) or not. */
    public static TrendFigures counts(String key, boolean additive, List<String> rows, List<Count> counts) {
        return new TrendFigures(key, true, additive, false, false, rows, counts, List.of());
    }

    public static TrendFigures medians(String key, List<String> rows, List<Median> medians) {
        return new TrendFigures(key, true, false, true, false, rows, List.of(), medians);
    }

    /** A month as SQL writes it, "YYYY-MM" (null stays null: a median of the whole period). */
    public static YearMonth month(String written) {
        return written == null ? null : YearMonth.parse(written);
    }
}
