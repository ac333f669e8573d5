package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container deployment as an operator runs it ({@code docker compose up}): two app instances behind Caddy, on
 * PostgreSQL 18 and Mailpit, the image on a JRE 21 as an unprivileged user with a readiness health check. The files
 * are also checked by {@code docker compose --env-file .env.example config} (README); this test keeps their
 * promises from drifting where no Docker is installed.
 */
class DeploymentFilesTests {

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTwoAppInstancesBehindTheProxyOnPostgres18AndMailpit() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("app", "proxy", "postgres", "mailpit");
        assertThat(services.get("postgres").get("image")).isEqualTo("postgres:18");

        Map<String, Object> app = services.get("app");
        assertThat(((Map<String, Object>) app.get("deploy")).get("replicas")).isEqualTo(2);
        assertThat(app).doesNotContainKey("ports");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "VOISINAGE_BASE_URL",
                "VOISINAGE_SECURITY_TRUSTED_PROXIES", "VOISINAGE_SECURITY_REMEMBER_ME_KEY",
                "VOISINAGE_SECURITY_LINK_SECRET", "VOISINAGE_MAIL_SECRETS_KEY");
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/voisinage");

        Map<String, Object> proxy = services.get("proxy");
        assertThat((String) proxy.get("image")).startsWith("caddy:");
        assertThat((List<String>) proxy.get("volumes")).contains("./ops/Caddyfile:/etc/caddy/Caddyfile:ro");
        String proxyAddress = (String) ((Map<String, Map<String, Object>>) proxy.get("networks")).get("site")
                .get("ipv4_address");
        assertThat(environment.get("VOISINAGE_SECURITY_TRUSTED_PROXIES")).isEqualTo(proxyAddress + "/32");

        String caddyfile = Files.readString(Path.of("ops/Caddyfile"));
        assertThat(caddyfile).contains("dynamic a app 8080").contains("respond /actuator* 404");
        assertThat(Path.of(".env.example")).exists();
    }

    @Test
    void theImageRunsOnAJre21AsAnUnprivilegedUserWithAReadinessHealthCheck() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("FROM eclipse-temurin:21-jdk AS build", "./mvnw -B -ntp -Pprod package",
                "FROM eclipse-temurin:21-jre", "USER 10001:10001", "/actuator/health/readiness");
        assertThat(dockerfile.lines().filter(line -> line.startsWith("HEALTHCHECK"))).hasSize(1);
        assertThat(Files.readString(Path.of(".dockerignore"))).contains("target/", "var/", ".git");
    }
}
