package org.voisinage.trends;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.voisinage.trends.internal.CsvFile;
import org.voisinage.trends.internal.ReportPdf;

/** A trends report as files: the CSV of every figure, and the PDF report of a quarter. */
@Component
class TrendFiles {

    private final TrendTexts texts;

    TrendFiles(TrendTexts texts) {
        this.texts = texts;
    }

    /** One line per figure (table, row, month or the period, the figure as shown on the page). */
    byte[] csv(TrendReport report, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(texts.text("trends.csv.territory", locale), texts.text("trends.csv.neighbourhood", locale),
                texts.text("trends.csv.table", locale), texts.text("trends.csv.row", locale),
                texts.text("trends.csv.month", locale), texts.text("trends.csv.value", locale)));
        String place = report.neighbourhood() == null ? texts.text("trends.neighbourhood.all", locale)
                : report.neighbourhood().name();
        String period = texts.text("trends.csv.period", locale);
        for (TrendTable table : report.tables()) {
            for (TrendTable.Row row : table.rows()) {
                for (int m = 0; m <= report.months().size(); m++) {
                    boolean whole = m == report.months().size();
                    lines.add(List.of(report.territory().name(), place, texts.table(table.key(), locale),
                            texts.row(table, row, locale), whole ? period : report.months().get(m).toString(),
                            texts.figure(whole ? row.total() : row.months().get(m), locale)));
                }
            }
            if (table.additive()) {
                String total = texts.text("trends.total", locale);
                for (int m = 0; m <= report.months().size(); m++) {
                    boolean whole = m == report.months().size();
                    lines.add(List.of(report.territory().name(), place, texts.table(table.key(), locale), total,
                            whole ? period : report.months().get(m).toString(),
                            texts.figure(whole ? table.total() : table.monthTotals().get(m), locale)));
                }
            }
        }
        return CsvFile.write(lines);
    }

    /** The quarter's report: one table per section, a column per month and one for the quarter. */
    byte[] pdf(TrendReport report, Locale locale) {
        List<ReportPdf.Section> sections = new ArrayList<>();
        for (TrendTable table : report.tables()) {
            List<String> columns = new ArrayList<>();
            columns.add(texts.rowHeading(table.key(), locale));
            for (YearMonth month : report.months()) {
                columns.add(texts.month(month, locale));
            }
            columns.add(texts.text("trends.period.column", locale));
            List<List<String>> rows = new ArrayList<>();
            for (TrendTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(texts.row(table, row, locale));
                row.months().forEach(f -> cells.add(texts.figure(f, locale)));
                cells.add(texts.figure(row.total(), locale));
                rows.add(cells);
            }
            if (table.additive()) {
                List<String> cells = new ArrayList<>();
                cells.add(texts.text("trends.total", locale));
                table.monthTotals().forEach(f -> cells.add(texts.figure(f, locale)));
                cells.add(texts.figure(table.total(), locale));
                rows.add(cells);
            }
            sections.add(new ReportPdf.Section(texts.table(table.key(), locale), columns, rows));
        }
        String quarter = Trends.quarterName(report.first());
        return ReportPdf.write(new ReportPdf.Report(
                texts.text("trends.pdf.title", locale, report.territory().name()),
                texts.text("trends.pdf.subtitle", locale, quarter, texts.month(report.first(), locale),
                        texts.month(report.last(), locale)),
                texts.text("trends.hiding", locale), sections, texts.text("trends.pdf.footer", locale)));
    }
}
