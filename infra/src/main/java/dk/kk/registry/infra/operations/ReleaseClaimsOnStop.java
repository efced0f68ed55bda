package dk.kk.registry.infra.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a stop (SIGTERM) the processors stop and release their segments' claims at once, while the web server lets the
 * requests in flight finish, not after. The claims are released in the token table first, before the processors'
 * threads have finished the batch each may be in: a batch under way then cannot store its token (the segment is no
 * longer this instance's, or is taken by the other) and is rolled back, rows and token together, and the other instance
 * projects those events from the released token, so the handover does not wait for this instance's last batch and
 * nothing is handled twice. Should a thread here store its token before the other instance claims the segment, it has
 * claimed it again for that one batch, and releases it when it stops after it: the old handover, never a double one.
 * Another instance takes the segments within its claim interval (ProcessorTimings) and
 * goes on projecting, and the requests in flight here wait for their writes in its tokens (ReadYourWrites reads
 * {@code tokenentry} for a processor this instance no longer runs). Axon's own stop, later, finds them stopped. On a
 * single instance a request in flight then waits out its read-your-writes timeout and still answers: its write is
 * recorded, and projected when the registry starts again.
 */
@Component
class ReleaseClaimsOnStop implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseClaimsOnStop.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    ReleaseClaimsOnStop(
            EventProcessingConfiguration processing, TokenStore tokenStore, PlatformTransactionManager transactions) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        long started = System.nanoTime();
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
        Map<String, List<Integer>> held = new LinkedHashMap<>();
        processors.forEach(processor -> held.put(
                processor.getName(), List.copyOf(processor.processingStatus().keySet())));
        // First every thread is told to stop after its batch (no new batch starts), then the claims go at once.
        List<CompletableFuture<Void>> stopping =
                processors.stream().map(StreamingEventProcessor::shutdownAsync).toList();
        // All in one transaction: one commit (one flush of the WAL) rather than one per segment.
        int released = 0;
        try {
            released = transaction.execute(status -> {
                int count = 0;
                for (Map.Entry<String, List<Integer>> processor : held.entrySet()) {
                    for (int segment : processor.getValue()) {
                        tokenStore.releaseClaim(processor.getKey(), segment);
                        count++;
                    }
                }
                return count;
            });
        } catch (RuntimeException e) {
            LOG.warn("the claims could not be released at the stop's start: {}", e.getMessage());
        }
        LOG.info("{} claims released {} ms into the stop", released, (System.nanoTime() - started) / 1_000_000);
        stopping.forEach(stopped -> {
            try {
                stopped.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warn("an event processor did not stop within 10 s; its claims expire with the claim " + "timeout");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("an event processor failed to stop: {}", e.getCause().getMessage());
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
