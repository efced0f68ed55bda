package dk.kk.registry.infra.operations;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On a stop (SIGTERM) the processors stop and release their segments' claims at once, while the web server lets the
 * requests in flight finish, not after: another instance takes the segments within its claim interval (500 ms) and
 * goes on projecting, and the requests in flight here wait for their writes in its tokens (ReadYourWrites reads
 * {@code tokenentry} for a processor this instance no longer runs). Axon's own stop, later, finds them stopped. On a
 * single instance a request in flight then waits out its read-your-writes timeout and still answers: its write is
 * recorded, and projected when the registry starts again.
 */
@Component
class ReleaseClaimsOnStop implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseClaimsOnStop.class);

    private final EventProcessingConfiguration processing;
    private volatile boolean running;

    ReleaseClaimsOnStop(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        long started = System.nanoTime();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(processor -> processor.shutdownAsync())
                .toList()
                .forEach(stopped -> {
                    try {
                        stopped.get(10, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        LOG.warn("an event processor did not stop within 10 s; its claims expire with the claim "
                                + "timeout");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (java.util.concurrent.ExecutionException e) {
                        LOG.warn(
                                "an event processor failed to stop: {}",
                                e.getCause().getMessage());
                    }
                });
        LOG.info(
                "event processors stopped and their claims released in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Runs beside the web server's graceful shutdown, which Spring starts in the same phase after this returns. */
    @Override
    public void stop(Runnable callback) {
        Thread stopping = new Thread(
                () -> {
                    try {
                        stop();
                    } finally {
                        callback.run();
                    }
                },
                "release-claims");
        stopping.start();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The phase in which the web server's graceful shutdown begins: both start together. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE;
    }
}
