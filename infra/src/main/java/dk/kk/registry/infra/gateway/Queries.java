package dk.kk.registry.infra.gateway;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Asks the query side through Axon's query bus and unwraps its failures. */
@Component
public class Queries {

    private final QueryGateway gateway;

    Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <T> Optional<T> optional(Object query, Class<T> type) {
        return join(() ->
                gateway.query(query, ResponseTypes.optionalInstanceOf(type)).get());
    }

    public <T> T one(Object query, Class<T> type) {
        return join(() -> gateway.query(query, ResponseTypes.instanceOf(type)).get());
    }

    public <T> List<T> list(Object query, Class<T> type) {
        return join(() ->
                gateway.query(query, ResponseTypes.multipleInstancesOf(type)).get());
    }

    private interface Call<T> {
        T run() throws InterruptedException, ExecutionException;
    }

    private static <T> T join(Call<T> call) {
        try {
            return call.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof org.axonframework.queryhandling.QueryExecutionException
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
