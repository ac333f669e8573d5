package org.voisinage.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Once per test JVM, before any test: picks the PostgreSQL the tests run on. With a Docker engine, a
 * Testcontainers PostgreSQL 18; without one, the application's own embedded PostgreSQL in a fresh
 * temporary directory (so tests never touch ./var). Demo seeding is off unless a test turns it on.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private static PostgreSQLContainer container;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("voisinage.demo.enabled", "false");
        // no digest run starts by itself in the middle of the tests (they build their own periods)
        System.setProperty("voisinage.following.daily-cron", "-");
        System.setProperty("voisinage.following.weekly-cron", "-");
        if (System.getProperty("spring.datasource.url") != null || System.getenv("SPRING_DATASOURCE_URL") != null) {
            return;
        }
        if (dockerAvailable()) {
            container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            System.setProperty("spring.datasource.url", container.getJdbcUrl());
            System.setProperty("spring.datasource.username", container.getUsername());
            System.setProperty("spring.datasource.password", container.getPassword());
            return;
        }
        try {
            Path directory = Files.createTempDirectory("voisinage-test-postgres");
            System.setProperty("voisinage.embedded-postgres.data-directory", directory.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (container != null) {
            container.stop();
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equals(System.getProperty("voisinage.test.docker"))) {
            return false;
        }
        // ask Testcontainers only when an engine may be there: it logs an error when none is
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
