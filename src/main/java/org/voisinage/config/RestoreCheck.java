package org.voisinage.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code java -jar voisinage.jar --voisinage.restore-check=backup.sql[.gz]}: restores a plain-format {@code pg_dump}
 * into a throw-away embedded PostgreSQL (a temporary directory, deleted afterwards), prints the row counts of the
 * main tables and exits 0; exits 1 when the dump does not restore (the failing line is printed) or holds no resident
 * and no neighbourhood, 2 when it cannot be read. No Spring context starts and the site's own database is never
 * touched. Needs the default build (it carries the embedded PostgreSQL binaries), not the {@code -Pprod} one.
 */
public final class RestoreCheck {

    public static final String ARGUMENT = "--voisinage.restore-check=";

    /** The tables whose counts say whether the site's content came back. */
    static final List<String> MAIN_TABLES = List.of("resident", "neighbourhood", "challenge", "challenge_pledge",
            "listing", "message");

    /** What the check found: the counts of {@link #MAIN_TABLES} (in order), the schema version, a failure. */
    public record Report(Map<String, Long> counts, String schemaVersion, String failure) {
        public boolean restored() {
            return failure == null;
        }
    }

    private RestoreCheck() {}

    /** The dump named on the command line, if the command line asks for the check. */
    public static java.util.Optional<Path> requested(String[] args) {
        return Stream.of(args).filter(arg -> arg.startsWith(ARGUMENT))
                .map(arg -> Path.of(arg.substring(ARGUMENT.length()))).findFirst();
    }

    /** Runs the check and prints its report; the process's exit status. */
    public static int run(Path dump, PrintStream out) {
        quietLibraryLogs();
        if (!Files.isRegularFile(dump) || !Files.isReadable(dump)) {
            out.println("Restore check: cannot read " + dump.toAbsolutePath());
            return 2;
        }
        if (customFormat(dump)) {
            out.println("Restore check: " + dump.toAbsolutePath() + " is a custom-format dump (pg_dump -Fc); the check"
                    + " reads the plain format: pg_dump --no-owner --no-privileges voisinage > backup.sql");
            return 1;
        }
        Report report = check(dump);
        out.println("Restore check of " + dump.toAbsolutePath());
        report.counts().forEach((table, count) -> out.printf("  %-18s %,12d%n", table, count));
        if (report.schemaVersion() != null) {
            out.println("  schema version (Flyway) " + report.schemaVersion());
        }
        if (!report.restored()) {
            out.println("FAILED: " + report.failure());
            return 1;
        }
        out.println("OK: the dump restores and holds the site's content");
        return 0;
    }

    /** The report is the output: the embedded server's start-up lines (no Spring logging here) only when they warn. */
    private static void quietLibraryLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger("io.zonky").setLevel(ch.qos.logback.classic.Level.WARN);
            logback.getLogger("net.fortuna").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** Restores the dump into a fresh embedded PostgreSQL and counts; never throws for a bad dump. */
    static Report check(Path dump) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("voisinage-restore-check");
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
                    Connection connection = postgres.getPostgresDatabase().getConnection()) {
                return restoreAndCount(dump, connection);
            }
        } catch (IOException | SQLException e) {
            return new Report(Map.of(), null, "the temporary PostgreSQL could not run: " + e.getMessage());
        } finally {
            deleteQuietly(directory);
        }
    }

    private static Report restoreAndCount(Path dump, Connection connection) throws IOException, SQLException {
        try (BufferedReader reader = open(dump)) {
            PlainDump.replay(reader, connection);
        } catch (PlainDump.ReplayFailure e) {
            return new Report(Map.of(), null, "the dump does not restore, " + e.getMessage());
        }
        connection.setAutoCommit(true);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            // pg_dump empties the search path; the site's tables live in public
            statement.execute("set search_path = public");
            for (String table : MAIN_TABLES) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                } catch (SQLException e) {
                    return new Report(counts, null, "table " + table + " is missing from the dump");
                }
            }
        }
        String version = schemaVersion(connection);
        if (counts.get("resident") == 0 && counts.get("neighbourhood") == 0) {
            return new Report(counts, version, "the dump holds no resident and no neighbourhood (an empty database?)");
        }
        return new Report(counts, version, null);
    }

    private static String schemaVersion(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version from flyway_schema_history where success"
                        + " and version is not null order by installed_rank desc limit 1")) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            return null; // a dump without Flyway's history: counts still say what came back
        }
    }

    /** pg_dump's custom format starts with "PGDMP" (gzip-compressed or not, a plain dump never does). */
    private static boolean customFormat(Path dump) {
        try (InputStream in = Files.newInputStream(dump)) {
            InputStream content = dump.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(content.readNBytes(5), StandardCharsets.US_ASCII).equals("PGDMP");
        } catch (IOException e) {
            return false; // the restore itself reports an unreadable file
        }
    }

    private static BufferedReader open(Path dump) throws IOException {
        InputStream in = Files.newInputStream(dump);
        if (dump.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is the only harm
        }
    }
}
