package dk.kk.registry.infra.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * How soon a stopping instance's segments are taken by another (ADR 0012). The stopping instance: a tracking
 * processor's thread with nothing to do waits for the next event up to its event-availability timeout (Axon's default:
 * 1 s) before it looks again whether it should stop; only then does it release its claim. The other instance: a thread
 * without a segment looks for an unclaimed one every token-claim interval (Axon's default: 5 s). Axon's Spring Boot
 * properties do not reach the first and are set per processor for the second (one processor left out waited 5 s), so
 * Axon's processing module is replaced by one that sets both on every tracking processor, the registry's and a test's.
 * <p>
 * The price is paid while idle: each waiting thread renews its claim once per availability timeout, one small
 * {@code UPDATE} of {@code tokenentry}, and each spare thread queries {@code tokenentry} twice per claim interval
 * (docs/benchmarks.md, "Handover", has the transactions per second measured idle).
 * <p>
 * Every tracking processor also reports each new position to the application's status listener, if it has one: the
 * gateway's read-your-writes is woken by it instead of polling (docs/adr/0017).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ProcessorTimings {

    @Bean
    EventProcessingModule eventProcessingModule(
            @Value("${registry.processors.event-availability-timeout:PT0.5S}") Duration eventAvailabilityTimeout,
            @Value("${registry.processors.token-claim-interval:PT0.2S}") Duration tokenClaimInterval,
            ObjectProvider<EventTrackerStatusChangeListener> statusListener) {
        return new TimedEventProcessing(eventAvailabilityTimeout, tokenClaimInterval, statusListener);
    }

    static final class TimedEventProcessing extends EventProcessingModule {

        private final Duration eventAvailabilityTimeout;
        private final Duration tokenClaimInterval;
        private final ObjectProvider<EventTrackerStatusChangeListener> statusListener;

        TimedEventProcessing(
                Duration eventAvailabilityTimeout,
                Duration tokenClaimInterval,
                ObjectProvider<EventTrackerStatusChangeListener> statusListener) {
            this.eventAvailabilityTimeout = eventAvailabilityTimeout;
            this.tokenClaimInterval = tokenClaimInterval;
            this.statusListener = statusListener;
        }

        @Override
        protected EventProcessor trackingEventProcessor(
                String name,
                EventHandlerInvoker eventHandlerInvoker,
                TrackingEventProcessorConfiguration config,
                StreamableMessageSource<TrackedEventMessage<?>> source) {
            TrackingEventProcessorConfiguration timed = config.andEventAvailabilityTimeout(
                            eventAvailabilityTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .andTokenClaimInterval(tokenClaimInterval.toMillis(), TimeUnit.MILLISECONDS);
            EventTrackerStatusChangeListener listener = statusListener.getIfUnique();
            return super.trackingEventProcessor(
                    name,
                    eventHandlerInvoker,
                    listener == null ? timed : timed.andEventTrackerStatusChangeListener(listener),
                    source);
        }
    }
}
