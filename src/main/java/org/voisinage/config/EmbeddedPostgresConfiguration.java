package org.voisinage.config;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} (SPRING_DATASOURCE_URL), Voisinage runs on an embedded PostgreSQL
 * whose data lives under {@code ./var/postgres}: a fresh clone with only a JDK has a real database.
 * The data source depends on the server bean, so on shutdown the pool closes before the server stops.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgresServer.acquire(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server, EmbeddedPostgresProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setPoolName("voisinage-embedded");
        return dataSource;
    }
}
