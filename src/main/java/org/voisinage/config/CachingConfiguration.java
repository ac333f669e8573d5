package org.voisinage.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Reference data that rarely changes (neighbourhoods, territories, perimeters) is cached in memory, per
 * instance; each module names its own caches ({@code @Cacheable}) and evicts them on its own write paths
 * ({@code @CacheEvict}). Voisinage runs as several instances and an eviction reaches only the instance that made
 * the change, so every entry also expires a short while after it was written: another instance shows a staff
 * change after at most that while. Never cache who a person is (role, sanction, verification): the trust rule
 * wants those read fresh on every request.
 * <p>
 * The caching advice runs outside the transaction advice: a hit opens no transaction, and an eviction happens
 * after the change committed (a read in between cannot put the old row back for long).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(ReferenceDataCacheProperties.class)
class CachingConfiguration {

    @Bean
    CacheManager cacheManager(ReferenceDataCacheProperties properties) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setCaffeine(Caffeine.newBuilder()
                .expireAfterWrite(properties.expireAfterWrite())
                .maximumSize(properties.maximumSize()));
        return manager;
    }
}
