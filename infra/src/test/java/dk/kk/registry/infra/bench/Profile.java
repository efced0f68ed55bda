package dk.kk.registry.infra.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A sampling profile of a scenario, switched on with {@code BENCH_PROFILE=1}: every 10 ms it notes what each busy
 * PostgreSQL backend is doing ({@code pg_stat_activity}: the statement and what it waits on) and where each event
 * processor and request thread of the registry is (its top frames of the registry's and Axon's code), then prints the most frequent
 * of each to standard error. Coarse, but it shows on one page where a scenario's time goes.
 */
final class Profile implements AutoCloseable {

    private static final int FRAMES = 3;
    private static final int SHOWN = 15;

    private final Map<String, Integer> database = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;

    private Profile(DataSource dataSource) {
        sampler = new Thread(() -> sample(dataSource), "bench-profile");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** A profile when {@code BENCH_PROFILE} is set, else nothing. */
    static Profile startIfAsked(BenchRegistry registry) {
        return System.getenv("BENCH_PROFILE") == null ? null : new Profile(registry.dataSource());
    }

    private void sample(DataSource dataSource) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            while (running) {
                try (ResultSet rows = statement.executeQuery("""
                        SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU'), left(regexp_replace(query,
                            '\\s+', ' ', 'g'), 90) FROM pg_stat_activity
                        WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'""")) {
                    while (rows.next()) {
                        database.merge(rows.getString(1) + " | " + rows.getString(2), 1, Integer::sum);
                    }
                }
                for (ThreadInfo info : mx.dumpAllThreads(false, false)) {
                    if (!watched(info.getThreadName()) || info.getStackTrace().length == 0) {
                        continue;
                    }
                    threads.merge(info.getThreadState() + " " + frames(info.getStackTrace()), 1, Integer::sum);
                }
                samples++;
                Thread.sleep(10);
            }
        } catch (SQLException | InterruptedException e) {
            Bench.progress("profile stopped: " + e.getMessage());
        }
    }

    /** The registry's event processors and the web server's request threads. */
    private static boolean watched(String thread) {
        return thread.contains("EventProcessor") || thread.contains("-exec-");
    }

    /** The top frame, the first frame of a library the registry calls (Axon, Micrometer), then the registry's own. */
    private static String frames(StackTraceElement[] stack) {
        StringBuilder text = new StringBuilder(name(stack[0]));
        boolean library = false;
        int shown = 0;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (!library && (type.startsWith("org.axonframework") || type.startsWith("io.micrometer"))) {
                text.append(" < ").append(name(frame));
                library = true;
            } else if (type.startsWith("dk.kk.registry") && shown < FRAMES) {
                text.append(" < ").append(name(frame)).append(':').append(frame.getLineNumber());
                shown++;
            }
        }
        return text.toString();
    }

    private static String name(StackTraceElement frame) {
        return frame.getClassName().replaceAll(".*\\.", "") + '.' + frame.getMethodName();
    }

    @Override
    public void close() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Bench.progress("profile: " + samples + " samples of PostgreSQL's busy backends (wait | statement)");
        print(database);
        Bench.progress("profile: event processor and request threads (state, top frame < the registry's frames)");
        print(threads);
    }

    private static void print(Map<String, Integer> counts) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(SHOWN)
                .forEach(e -> System.err.printf("  %6d  %s%n", e.getValue(), e.getKey()));
    }
}
