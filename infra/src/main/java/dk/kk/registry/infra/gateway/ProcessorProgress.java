package dk.kk.registry.infra.gateway;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wakes the writes that wait for the read models (ReadYourWrites) when a processor has moved on, instead of their
 * polling. This instance's tracking processors report each new position of a segment (Axon's status listener, called
 * after the batch committed): that wakes this instance's waits at once, and a sender thread passes it on to every
 * instance as a PostgreSQL notification on channel {@value #CHANNEL}.
 * One connection of the pool listens and wakes this instance's waits on every notification. A wake-up says only that
 * something moved: the waiting write looks again, in memory or in the token table, whether the processors it waits
 * for have passed its event. While the listening connection is lost the waits fall back to polling.
 * <p>
 * The notification is sent after the processor's commit, in a transaction of its own, not from inside the processor's
 * transaction: PostgreSQL lets only one transaction that notifies commit at a time, so notifying from the batches
 * would have made every processor's commit (and its disk flush) wait for the others' (docs/adr/0017: 77 → 29 commands/s).
 */
@Component
public class ProcessorProgress implements EventTrackerStatusChangeListener, SmartLifecycle {

    static final String CHANNEL = "registry_processor_progress";

    private static final Logger log = LoggerFactory.getLogger(ProcessorProgress.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final BlockingQueue<Boolean> toSend = new ArrayBlockingQueue<>(1);
    private final Object lock = new Object();
    private long epoch;
    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;
    private Thread sender;

    ProcessorProgress(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A count of the wake-ups so far: a wait that starts from it returns at the next. */
    long epoch() {
        synchronized (lock) {
            return epoch;
        }
    }

    /** Whether notifications from every instance arrive: otherwise only this instance's processors wake the waits. */
    public boolean isListening() {
        return listening;
    }

    /** Returns once a wake-up came after {@code seen}, or after at most {@code nanos}. */
    void awaitAfter(long seen, long nanos) throws InterruptedException {
        long end = System.nanoTime() + nanos;
        synchronized (lock) {
            long left;
            while (epoch == seen && (left = end - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }

    void wake() {
        synchronized (lock) {
            epoch++;
            lock.notifyAll();
        }
    }

    @Override
    public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> updatedTrackerStatus) {
        wake();
        if (running) {
            toSend.offer(Boolean.TRUE);
        }
    }

    /** Called on every new position too, not only when a segment is claimed or released. */
    @Override
    public boolean validatePositions() {
        return true;
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "processor-progress");
        listener.setDaemon(true);
        listener.start();
        sender = new Thread(this::send, "processor-progress-notify");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
        if (sender != null) {
            sender.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server's graceful shutdown, so that the writes it lets finish are still woken. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** Passes on that processors moved, one notification for all that moved since the last: bursts coalesce. */
    private void send() {
        while (running) {
            try {
                toSend.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                jdbc.execute("NOTIFY " + CHANNEL);
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("processor progress not passed on to other instances: {}", e.toString());
                }
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                wake();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications != null && notifications.length > 0) {
                        wake();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                log.warn("processor progress notifications lost, writes poll until they return: {}", e.toString());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                listening = false;
            }
        }
    }
}
