package org.voisinage.api;

import java.util.List;
import java.util.Locale;
import org.voisinage.neighbourhood.TerritoryKind;
import org.voisinage.trends.Figure;
import org.voisinage.trends.TrendReport;

/** What the read API gives of territories and neighbourhoods (their names are public, as on the pages). */
final class ApiResources {

    private ApiResources() {
    }

    /** A territory; {@code description} null for a members-only one the caller is not a member of. */
    record TerritoryResource(long id, String slug, String name, TerritoryKind kind, boolean membersOnly,
            String description) {}

    /** A neighbourhood; {@code description} null for a members-only territory's the caller is not a member of. */
    record NeighbourhoodResource(long id, String slug, String name, long territoryId, boolean membersOnly,
            String description, String path) {}

    /** A territory's trends (or one neighbourhood's), as {@code trends.Trends} hides them: the report's flat lines. */
    record TrendsResource(long territoryId, Long neighbourhoodId, List<String> months, List<TrendFigure> figures) {

        static TrendsResource of(TrendReport report) {
            return new TrendsResource(report.territory().id(),
                    report.neighbourhood() == null ? null : report.neighbourhood().id(),
                    report.months().stream().map(Object::toString).toList(),
                    report.lines().stream().map(TrendFigure::of).toList());
        }
    }

    /**
     * One figure: {@code table} and {@code row} are stable codes (a row of a table whose rows are not codes, e.g. a
     * town, is its name); {@code month} "2026-03", null for the whole period; {@code display} shown, small or masked;
     * {@code value} only when shown (a count, or days for a median).
     */
    record TrendFigure(String table, String row, String month, String display, Double value) {

        static TrendFigure of(TrendReport.Line line) {
            Figure figure = line.figure();
            return new TrendFigure(line.table(), line.row(), line.month() == null ? null : line.month().toString(),
                    figure.display().name().toLowerCase(Locale.ROOT),
                    figure.shown() ? figure.value() : null);
        }
    }
}
