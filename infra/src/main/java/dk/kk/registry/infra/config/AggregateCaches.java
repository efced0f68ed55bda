package dk.kk.registry.infra.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The caches the aggregates name in {@code @Aggregate(cache = …)}: a command finds its aggregate in memory, as the
 * previous command left it, instead of reading and applying all its events (docs/adr/0017). One cache per aggregate
 * type, since an identifier is unique only within its type; each holds at most {@code registry.aggregates.cache-size}
 * aggregates on the heap, by reference, and Ehcache evicts beyond that. Axon's own {@link EhCache3Adapter} connects
 * them to the repositories.
 * <p>
 * With two instances a cached aggregate can be behind what the other instance appended. Its next event then takes a
 * sequence number already stored, the event table's unique key refuses the append, Axon drops the cache entry with the
 * rolled-back unit of work, and {@code Commands} sends the command once more on the aggregate read afresh.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaches {

    private final long capacity;

    AggregateCaches(@Value("${registry.aggregates.cache-size:2000}") long capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("registry.aggregates.cache-size must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    Cache interventionCache(CacheManager caches) {
        return cache(caches, "interventions");
    }

    @Bean
    Cache areaCache(CacheManager caches) {
        return cache(caches, "areas");
    }

    @Bean
    Cache goalCache(CacheManager caches) {
        return cache(caches, "goals");
    }

    @Bean
    Cache developmentPlanCache(CacheManager caches) {
        return cache(caches, "development-plans");
    }

    @Bean
    Cache screeningCache(CacheManager caches) {
        return cache(caches, "screenings");
    }

    @Bean
    Cache policyCache(CacheManager caches) {
        return cache(caches, "policies");
    }

    private Cache cache(CacheManager caches, String name) {
        // Axon's adapter takes Ehcache's own cache class, which is what a heap-only cache manager builds.
        return new EhCache3Adapter((Ehcache<Object, Object>) caches.createCache(
                name,
                CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        Object.class, Object.class, ResourcePoolsBuilder.heap(capacity))));
    }
}
