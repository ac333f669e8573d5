package org.voisinage.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param expireAfterWrite how long another instance may show reference data after staff changed it (an eviction
 *        reaches only the instance that made the change)
 * @param maximumSize entries kept per cache
 */
@ConfigurationProperties("voisinage.cache")
public record ReferenceDataCacheProperties(
        @DefaultValue("60s") Duration expireAfterWrite,
        @DefaultValue("10000") long maximumSize) {}
