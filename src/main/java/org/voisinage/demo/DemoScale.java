package org.voisinage.demo;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.cache.CacheManager;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.voisinage.common.DemoProperties;
import org.voisinage.demo.internal.SyntheticPopulation;

/**
 * After the demo, {@code --voisinage.demo.scale=N} adds a synthetic population of N residents and their activity
 * for load tests ({@link SyntheticPopulation}), once: a restart with the same switch finds it there.
 */
@DemoSeeding
@Order(1)
record DemoScale(DemoProperties properties, DataSource dataSource, PasswordEncoder passwords, CacheManager caches)
        implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoScale.class);

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (properties.scale() <= 0 || SyntheticPopulation.present(dataSource)) {
            return;
        }
        log.info("Loading a synthetic population of {} residents...", properties.scale());
        // one hash for everyone: Argon2id is slow on purpose, 50,000 of them would take an hour
        String hash = passwords.encode(DemoData.PASSWORD);
        SyntheticPopulation.Report report =
                new SyntheticPopulation(dataSource, hash, properties.scale(), 12, Instant.now()).load();
        // the demo's seeding read neighbourhoods and territories through their caches; COPY went around them
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        Map<String, Long> rows = new TreeMap<>(report.rows());
        log.info("Synthetic population loaded in {} ms: {} rows {}. Sign in as {} (the most active) or "
                        + "camille@demo.voisinage.test, password {}", report.millis(),
                rows.values().stream().mapToLong(Long::longValue).sum(), rows, SyntheticPopulation.email(0),
                DemoData.PASSWORD);
    }
}
