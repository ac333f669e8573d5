package org.voisinage.trends;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of the trends for the files (CSV, PDF), in the reader's language; the page has its own template. */
@Component
class TrendTexts {

    private final MessageSource messages;

    TrendTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String table(String key, Locale locale) {
        return text("trends.table." + key, locale);
    }

    String rowHeading(String key, Locale locale) {
        return text("trends.table." + key + ".row", locale);
    }

    String row(TrendTable table, TrendTable.Row row, Locale locale) {
        return table.translated() ? text(row.label(), locale) : row.label();
    }

    String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    String figure(Figure figure, Locale locale) {
        return figure.text(locale, text("trends.masked", locale));
    }
}
