package dk.kk.registry.infra.gateway;

import java.util.function.Supplier;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A command sent once more when its append found the aggregate's next sequence number taken. Within one instance Axon
 * handles an aggregate's commands one at a time, so the number was taken by another instance, after this one cached
 * the aggregate (config/AggregateCaches). The failed attempt rolled back and dropped the cached aggregate; the second
 * attempt reads it from its events, with the other instance's write, and checks the command against that.
 */
final class StaleAggregates {

    private StaleAggregates() {}

    static <T> T sendOnceMoreIfStale(Supplier<T> send) {
        try {
            return send.get();
        } catch (ConcurrencyException stale) {
            return send.get();
        }
    }
}
