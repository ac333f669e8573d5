package org.voisinage.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where the embedded server keeps its files; kept across restarts
 * @param port 0 picks a free port
 * @param database the database the application uses, created on first start
 * @param poolSize the application's connections to it
 * @param maxConnections the server's limit: the test suite keeps many application contexts (each with its pool) on
 *        one server
 */
@ConfigurationProperties("voisinage.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("var/postgres") String dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("voisinage") String database,
        @DefaultValue("10") int poolSize,
        @DefaultValue("100") int maxConnections) {}
