package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedPostgresConfigurationTests {

    ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(EmbeddedPostgresConfiguration.class);

    @Test
    void anExternalDatabaseUrlMeansNoEmbeddedServer() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/voisinage")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class);
                    assertThat(context).doesNotHaveBean(DataSource.class);
                });
    }
}
