package org.voisinage.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Replays a plain-format {@code pg_dump} (what {@code psql -f} would read) through JDBC: the embedded PostgreSQL
 * carries no {@code psql}. Statements end at a {@code ;} outside quotes, dollar quotes and comments; a
 * {@code COPY ... FROM stdin;} statement is followed by its data lines up to {@code \.}, streamed through the
 * driver's COPY protocol; psql's own commands (a backslash first: restrict, unrestrict, connect) are skipped.
 */
final class PlainDump {

    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)^\\s*copy\\s.+\\sfrom\\s+stdin\\s*;\\s*$");

    /** A statement of the dump the database refused, with the line it starts at. */
    static final class ReplayFailure extends Exception {
        ReplayFailure(long line, String statement, SQLException cause) {
            super("line " + line + ": " + cause.getMessage() + " in: " + abbreviate(statement), cause);
        }

        private static String abbreviate(String statement) {
            String oneLine = statement.strip().replaceAll("\\s+", " ");
            return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
        }
    }

    /** What was replayed: statements run, COPY blocks and their rows. */
    record Replayed(long statements, long copies, long rows) {}

    private PlainDump() {}

    static Replayed replay(BufferedReader dump, Connection connection) throws IOException, ReplayFailure {
        StringBuilder statement = new StringBuilder();
        Scanner scanner = new Scanner();
        long lineNumber = 0;
        long statementLine = 1;
        long statements = 0;
        long copies = 0;
        long rows = 0;
        String line;
        while ((line = dump.readLine()) != null) {
            lineNumber++;
            if (statement.isEmpty()) {
                if (line.startsWith("\\")) {
                    continue; // a psql command (restrict, unrestrict, connect...)
                }
                if (line.isBlank() || line.strip().startsWith("--")) {
                    continue; // between statements: blank lines and pg_dump's comment blocks
                }
                statementLine = lineNumber;
            }
            statement.append(line).append('\n');
            if (!scanner.endsStatement(line)) {
                continue;
            }
            String sql = statement.toString();
            statement.setLength(0);
            scanner = new Scanner();
            try {
                if (COPY_FROM_STDIN.matcher(stripComments(sql)).matches()) {
                    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(stripComments(sql));
                    try {
                        String data;
                        while (true) {
                            data = dump.readLine();
                            if (data == null) {
                                throw new SQLException("the dump ends inside the data of a COPY (truncated?)");
                            }
                            lineNumber++;
                            if (data.equals("\\.")) {
                                break;
                            }
                            byte[] bytes = (data + "\n").getBytes(StandardCharsets.UTF_8);
                            copy.writeToCopy(bytes, 0, bytes.length);
                            rows++;
                        }
                        copy.endCopy();
                    } finally {
                        if (copy.isActive()) {
                            copy.cancelCopy();
                        }
                    }
                    copies++;
                } else {
                    execute(connection, sql);
                }
                statements++;
            } catch (SQLException e) {
                throw new ReplayFailure(statementLine, sql, e);
            }
        }
        if (!statement.toString().isBlank()) {
            throw new ReplayFailure(statementLine, statement.toString(),
                    new SQLException("the dump ends in the middle of a statement (truncated?)"));
        }
        return new Replayed(statements, copies, rows);
    }

    /**
     * Runs one statement. A dump taken without {@code --no-owner} names its owner ({@code ALTER ... OWNER TO
     * voisinage}), a role the throw-away server does not have: the role is created and the statement run again.
     */
    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            java.util.regex.Matcher missingRole = MISSING_ROLE.matcher(String.valueOf(e.getMessage()));
            if (!"42704".equals(e.getSQLState()) || !missingRole.find()) {
                throw e;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create role \"" + missingRole.group(1).replace("\"", "\"\"") + "\"");
                statement.execute(sql);
            }
        }
    }

    private static final Pattern MISSING_ROLE = Pattern.compile("role \"([^\"]+)\" does not exist");

    /** pg_dump puts comment lines before statements; the COPY test looks at the statement alone. */
    private static String stripComments(String sql) {
        StringBuilder kept = new StringBuilder();
        sql.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> kept.append(l).append('\n'));
        return kept.toString();
    }

    /**
     * Follows the lexical state across the lines of one statement: inside a string ('…', E'…'), a quoted identifier,
     * a dollar-quoted body ($$…$$, $fn$…$fn$), a block comment; a line comment ends with its line.
     */
    static final class Scanner {
        private char quote;           // ' or " while inside one, else 0
        private boolean escapes;      // inside E'...': a backslash escapes the next character
        private String dollarTag;     // the tag of the dollar quote we are in, else null
        private int blockComments;

        /** Scans one more line; true when a {@code ;} outside everything ends the statement on it. */
        boolean endsStatement(String line) {
            boolean ended = false;
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (dollarTag != null) {
                    if (line.startsWith(dollarTag, i)) {
                        i += dollarTag.length();
                        dollarTag = null;
                    } else {
                        i++;
                    }
                    continue;
                }
                if (blockComments > 0) {
                    if (line.startsWith("*/", i)) {
                        blockComments--;
                        i += 2;
                    } else if (line.startsWith("/*", i)) {
                        blockComments++;
                        i += 2;
                    } else {
                        i++;
                    }
                    continue;
                }
                if (quote != 0) {
                    if (escapes && c == '\\') {
                        i += 2;
                    } else if (c == quote) {
                        if (i + 1 < line.length() && line.charAt(i + 1) == quote) {
                            i += 2; // a doubled quote stays inside
                        } else {
                            quote = 0;
                            escapes = false;
                            i++;
                        }
                    } else {
                        i++;
                    }
                    continue;
                }
                if (c == '-' && line.startsWith("--", i)) {
                    break;
                }
                if (c == ';') {
                    ended = true;
                    i++;
                    continue;
                }
                if (!Character.isWhitespace(c)) {
                    ended = false;
                }
                if (c == '/' && line.startsWith("/*", i)) {
                    blockComments++;
                    i += 2;
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    escapes = c == '\'' && i > 0 && (line.charAt(i - 1) == 'E' || line.charAt(i - 1) == 'e')
                            && (i < 2 || !Character.isLetterOrDigit(line.charAt(i - 2)));
                    i++;
                } else if (c == '$') {
                    String tag = dollarTagAt(line, i);
                    if (tag != null) {
                        dollarTag = tag;
                        i += tag.length();
                    } else {
                        i++;
                    }
                } else {
                    i++;
                }
            }
            return ended && quote == 0 && dollarTag == null && blockComments == 0;
        }

        /** {@code $$} or {@code $tag$} starting at {@code i} (a tag never starts with a digit: {@code $1} is a parameter). */
        private static String dollarTagAt(String line, int i) {
            if (i > 0 && (Character.isLetterOrDigit(line.charAt(i - 1)) || line.charAt(i - 1) == '_')) {
                return null; // inside an identifier such as a$b
            }
            int j = i + 1;
            if (j < line.length() && Character.isDigit(line.charAt(j))) {
                return null;
            }
            while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '_')) {
                j++;
            }
            return j < line.length() && line.charAt(j) == '$' ? line.substring(i, j + 1) : null;
        }
    }
}
