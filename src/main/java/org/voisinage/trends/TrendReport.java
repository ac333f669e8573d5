package org.voisinage.trends;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.TerritorySummary;

/**
 * The trends of a territory, or of one of its neighbourhoods, over some months: every table already hidden where it
 * must be. What the page, the CSV file, the PDF report and the read API show.
 *
 * @param neighbourhood null: the whole territory
 */
public record TrendReport(TerritorySummary territory, NeighbourhoodSummary neighbourhood, List<YearMonth> months,
        List<TrendTable> tables) {

    /** One figure of one row of one table in one month (null: the whole period): the flat form of the report. */
    public record Line(String table, String row, boolean translated, YearMonth month, Figure figure) {}

    public YearMonth first() {
        return months.get(0);
    }

    public YearMonth last() {
        return months.get(months.size() - 1);
    }

    /** Every figure, table by table, row by row, month by month then the period's. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (TrendTable table : tables) {
            for (TrendTable.Row row : table.rows()) {
                for (int m = 0; m < months.size(); m++) {
                    lines.add(new Line(table.key(), row.label(), table.translated(), months.get(m), row.months().get(m)));
                }
                lines.add(new Line(table.key(), row.label(), table.translated(), null, row.total()));
            }
        }
        return lines;
    }
}
