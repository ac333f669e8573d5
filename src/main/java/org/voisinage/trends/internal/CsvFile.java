package org.voisinage.trends.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as French spreadsheets open it: UTF-8 with a byte order mark (or Excel guesses another encoding), fields
 * separated by semicolons (the comma is the decimal separator in French), lines ended by CRLF. A field that a
 * spreadsheet would read as a formula (starting with = + - @) is written as text.
 */
public final class CsvFile {

    private static final String BOM = "\uFEFF";

    private CsvFile() {}

    public static byte[] write(List<List<String>> lines) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    out.append(';');
                }
                out.append(field(line.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
