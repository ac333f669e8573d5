package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup routine on the demo data: a plain dump of a database seeded as on a first start, restored by the
 * restore check into its own throw-away PostgreSQL, comes back with the same counts; a truncated dump, an empty site
 * and a missing file each fail with a non-zero status.
 */
@SpringBootTest(properties = {"voisinage.demo.enabled=true", "voisinage.embedded-postgres.database=demo_seeded"})
@AutoConfigureMockMvc
class RestoreCheckTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @TempDir Path directory;

    @BeforeAll
    static void embeddedOnly() {
        Assumptions.assumeTrue(System.getProperty("spring.datasource.url") == null,
                "seeds a database of its own on the embedded PostgreSQL");
    }

    @Test
    void theDemoDataComesBackWithTheSameCountsAndABrokenDumpFails() throws Exception {
        Path dump = directory.resolve("voisinage.sql");
        String how = PlainDumpForTests.write(dataSource, ((HikariDataSource) dataSource).getJdbcUrl(), dump);
        Map<String, Long> expected = new LinkedHashMap<>();
        for (String table : RestoreCheck.MAIN_TABLES) {
            expected.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        assertThat(expected.get("resident")).isPositive();
        assertThat(expected.get("challenge_pledge")).isPositive();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = RestoreCheck.run(dump, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.print("Dump made by " + how + ", " + Files.size(dump) + " bytes. " + report);
        assertThat(status).as("dump made by %s:%n%s", how, report).isZero();
        expected.forEach((table, count) -> assertThat(report).containsPattern(
                "(?m)^  " + table + " +" + String.format("%,d", count) + "$"));
        assertThat(report).contains("OK:");

        Path truncated = directory.resolve("truncated.sql");
        byte[] bytes = Files.readAllBytes(dump);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        assertThat(RestoreCheck.run(truncated, new PrintStream(broken, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(broken.toString(StandardCharsets.UTF_8)).contains("FAILED: the dump does not restore, line ");
    }

    @Test
    void aDumpOfAnEmptySiteFailsAndSoDoAMissingFileAndACustomFormatDump() throws Exception {
        Path schemaOnly = directory.resolve("empty.sql");
        // taken without --no-owner: the owner's role is created on the throw-away server
        Files.writeString(schemaOnly, "CREATE TABLE public.resident (id bigint);\nCREATE TABLE public.neighbourhood (id bigint);\n"
                + "ALTER TABLE public.resident OWNER TO voisinage;\n"
                + "CREATE TABLE public.challenge (id bigint);\nCREATE TABLE public.challenge_pledge (id bigint);\n"
                + "CREATE TABLE public.listing (id bigint);\nCREATE TABLE public.message (id bigint);\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(RestoreCheck.run(schemaOnly, new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("no resident and no neighbourhood");

        assertThat(RestoreCheck.run(directory.resolve("missing.sql"), new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(2);

        Path custom = directory.resolve("custom.dump");
        Files.writeString(custom, "PGDMP\u0001\u000e\u0000");
        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        assertThat(RestoreCheck.run(custom, new PrintStream(refused, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(refused.toString(StandardCharsets.UTF_8)).contains("custom-format dump");
    }
}
