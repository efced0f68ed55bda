package dk.kk.registry.infra.config;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The caches the aggregates name in {@code @Aggregate(cache = …)}: a command finds its aggregate in memory, as the
 * previous command left it, instead of reading and applying all its events (docs/adr/0017). One cache per aggregate
 * type, since an identifier is unique only within its type; each holds at most {@code registry.aggregates.cache-size}
 * aggregates, the least recently used leaving first.
 * <p>
 * With two instances a cached aggregate can be behind what the other instance appended. Its next event then takes a
 * sequence number already stored, the event table's unique key refuses the append, Axon drops the cache entry with the
 * rolled-back unit of work, and {@code Commands} sends the command once more on the aggregate read afresh.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaches {

    private final int capacity;

    AggregateCaches(@Value("${registry.aggregates.cache-size:2000}") int capacity) {
        this.capacity = capacity;
    }

    @Bean
    Cache interventionCache() {
        return new BoundedCache(capacity);
    }

    @Bean
    Cache areaCache() {
        return new BoundedCache(capacity);
    }

    @Bean
    Cache goalCache() {
        return new BoundedCache(capacity);
    }

    @Bean
    Cache developmentPlanCache() {
        return new BoundedCache(capacity);
    }

    @Bean
    Cache screeningCache() {
        return new BoundedCache(capacity);
    }

    @Bean
    Cache policyCache() {
        return new BoundedCache(capacity);
    }
}
