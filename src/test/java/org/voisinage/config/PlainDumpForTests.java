package org.voisinage.config;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plain-format dump of the test database for the restore check. With a {@code pg_dump} of PostgreSQL 18 or newer
 * on the PATH it is that pg_dump's output ({@code --no-owner --no-privileges}, as the README's routine); otherwise
 * (pg_dump refuses a server newer than itself, and the build machines carry none) a file of the same shape: pg_dump's
 * header, a {@code \restrict} line, the schema (the Flyway migrations, in order), then every table's rows as
 * {@code COPY ... FROM stdin} blocks in PostgreSQL's own COPY text format, ended by {@code \.}, with triggers and
 * foreign keys held off as {@code pg_dump --disable-triggers} does. Flyway's history table comes first, as in pg_dump's.
 */
final class PlainDumpForTests {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private PlainDumpForTests() {}

    /** How the dump was made: "pg_dump" or "migrations and COPY". */
    static String write(DataSource dataSource, String jdbcUrl, Path file) throws Exception {
        if (pgDump18() && runPgDump(jdbcUrl, file)) {
            return "pg_dump";
        }
        writeLikePgDump(dataSource, file);
        return "migrations and COPY";
    }

    static void writeLikePgDump(DataSource dataSource, Path file) throws IOException, SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                Connection connection = dataSource.getConnection()) {
            out.write("--\n-- PostgreSQL database dump\n--\n\n\\restrict Zt3stDumpK3y\n\n");
            out.write("SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\n"
                    + "SET standard_conforming_strings = on;\n"
                    + "SELECT pg_catalog.set_config('search_path', 'public', false);\n"
                    + "SET check_function_bodies = false;\nSET client_min_messages = warning;\n\n");
            // Flyway's history table, as pg_dump writes it: migrations may read it (V270), its rows come with the others
            out.write("CREATE TABLE public.flyway_schema_history (installed_rank integer NOT NULL PRIMARY KEY,"
                    + " version character varying(50), description character varying(200) NOT NULL,"
                    + " type character varying(20) NOT NULL, script character varying(1000) NOT NULL, checksum integer,"
                    + " installed_by character varying(100) NOT NULL, installed_on timestamp without time zone DEFAULT now()"
                    + " NOT NULL, execution_time integer NOT NULL, success boolean NOT NULL);\n\n");
            for (Resource migration : migrations()) {
                out.write("--\n-- " + migration.getFilename() + "\n--\n\n");
                out.write(migration.getContentAsString(StandardCharsets.UTF_8));
                out.write("\n\n");
            }
            out.write("SET session_replication_role = replica;\n\n");
            List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'"
                    + " order by table_name", String.class);
            PGConnection copies = connection.unwrap(PGConnection.class);
            for (String table : tables) {
                List<String> columns = jdbc.queryForList("select '\"' || column_name || '\"' from information_schema.columns"
                        + " where table_schema = 'public' and table_name = ? and is_generated = 'NEVER'"
                        + " order by ordinal_position", String.class, table);
                String columnList = String.join(", ", columns);
                out.write("--\n-- Data for Name: " + table + "; Type: TABLE DATA; Schema: public\n--\n\n");
                out.write("COPY public." + table + " (" + columnList + ") FROM stdin;\n");
                out.flush();
                copies.getCopyAPI().copyOut("COPY public." + table + " (" + columnList + ") TO STDOUT", out);
                out.write("\\.\n\n");
            }
            out.write("SET session_replication_role = origin;\n\n--\n-- PostgreSQL database dump complete\n--\n\n"
                    + "\\unrestrict Zt3stDumpK3y\n");
        }
    }

    private static List<Resource> migrations() throws IOException {
        List<Resource> migrations = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql")) {
            if (VERSION.matcher(resource.getFilename()).matches()) {
                migrations.add(resource);
            }
        }
        migrations.sort(Comparator.comparingInt(PlainDumpForTests::version));
        return migrations;
    }

    private static int version(Resource migration) {
        Matcher matcher = VERSION.matcher(migration.getFilename());
        matcher.matches();
        return Integer.parseInt(matcher.group(1));
    }

    private static boolean pgDump18() {
        try {
            Process process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            Matcher major = Pattern.compile("\\) (\\d+)").matcher(output);
            return major.find() && Integer.parseInt(major.group(1)) >= 18;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean runPgDump(String jdbcUrl, Path file) throws IOException, InterruptedException {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*").matcher(jdbcUrl);
        if (!url.matches()) {
            return false;
        }
        Process process = new ProcessBuilder("pg_dump", "--no-owner", "--no-privileges", "-h", url.group(1), "-p",
                url.group(2), "-U", "postgres", "-f", file.toString(), url.group(3))
                .redirectErrorStream(true).start();
        process.getInputStream().transferTo(System.out);
        return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
    }
}
