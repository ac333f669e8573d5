package org.voisinage.verification.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the member register CSV: a header {@code member_number;name;number;street;postcode;town}, optionally
 * followed by {@code flat} (the flat or unit, may be empty on a line), then one member a line, separated by semicolons or commas (whichever the header uses), fields optionally quoted.
 * Bad lines are reported with their line number and kept out; good lines are returned.
 */
public final class MemberCsv {

    public static final List<String> HEADER = List.of("member_number", "name", "number", "street", "postcode", "town");
    /** The optional last column: a member's flat or unit, which may be empty. */
    public static final String FLAT = "flat";
    private static final int[] MAX_LENGTHS = {40, 200, 20, 200, 10, 120, 120};

    /** @param flat null when the file has no flat column or the line leaves it empty */
    public record Line(int lineNumber, String memberNumber, String name, String number, String street,
            String postcode, String town, String flat) {}

    /** A refused line: {@code messageKey} takes the line number and {@code detail} as arguments. */
    public record Problem(int lineNumber, String messageKey, String detail) {}

    /** {@code fileError} is set (and nothing else) when the file as a whole cannot be read. */
    public record Result(List<Line> lines, List<Problem> problems, String fileError) {}

    private MemberCsv() {}

    public static Result read(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String header = reader.readLine();
            if (header == null) {
                return new Result(List.of(), List.of(), "verification.members.file.empty");
            }
            header = header.replace("\uFEFF", "");
            char separator = header.indexOf(';') >= 0 ? ';' : ',';
            List<String> columns = split(header, separator).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            boolean withFlat = columns.size() == HEADER.size() + 1 && columns.get(HEADER.size()).equals(FLAT);
            if (!columns.equals(HEADER) && !(withFlat && columns.subList(0, HEADER.size()).equals(HEADER))) {
                return new Result(List.of(), List.of(), "verification.members.file.header");
            }
            String text;
            int lineNumber = 1;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                if (text.isBlank()) {
                    continue;
                }
                readLine(lineNumber, split(text, separator), withFlat, lines, problems);
            }
        } catch (CharacterCodingException e) {
            return new Result(List.of(), List.of(), "verification.members.file.encoding");
        }
        return new Result(lines, problems, null);
    }

    private static void readLine(int lineNumber, List<String> fields, boolean withFlat, List<Line> lines,
            List<Problem> problems) {
        if (fields.size() != HEADER.size() + (withFlat ? 1 : 0)) {
            problems.add(new Problem(lineNumber, "verification.members.line.columns", String.valueOf(fields.size())));
            return;
        }
        List<String> values = fields.stream().map(String::strip).toList();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isEmpty() && i < HEADER.size()) {
                problems.add(new Problem(lineNumber, "verification.members.line.missing", HEADER.get(i)));
                return;
            }
            if (values.get(i).length() > MAX_LENGTHS[i]) {
                problems.add(new Problem(lineNumber, "verification.members.line.tooLong",
                        i < HEADER.size() ? HEADER.get(i) : FLAT));
                return;
            }
        }
        lines.add(new Line(lineNumber, values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
                values.get(5), withFlat && !values.get(6).isEmpty() ? values.get(6) : null));
    }

    /** Splits one line; a field in double quotes may hold the separator, and "" stands for a quote. */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
