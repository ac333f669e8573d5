package org.voisinage.moderation.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV lines (RFC 4180) safe to open in a spreadsheet: every field quoted, quotes doubled, and a field that a
 * spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) prefixed with a quote.
 */
public final class Csv {

    private Csv() {}

    public static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
