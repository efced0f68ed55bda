package dk.kk.registry.infra.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.LoggerFactory;

/**
 * What Axon 4.12's handler and unit-of-work timeouts cost per task: each handler invocation and each processor batch
 * runs in an {@code AxonTimeLimitedTask}, whose start records the thread's whole stack (to name the code in a later
 * warning) and schedules a warning on the janitor's executor. Measured as CPU time per start and complete at the stack
 * depth an event handler runs at in a tracking processor, against the same loop without the task.
 */
final class TimeoutsBench {

    private static final int DEPTH = 120;
    private static final int TASKS = 20_000;

    Result run() throws Exception {
        Class<?> type = Class.forName("org.axonframework.messaging.timeout.AxonTimeLimitedTask");
        Constructor<?> constructor = type.getDeclaredConstructor(
                String.class, int.class, int.class, int.class, ScheduledExecutorService.class, org.slf4j.Logger.class);
        constructor.setAccessible(true);
        Method start = type.getDeclaredMethod("start");
        Method complete = type.getDeclaredMethod("complete");
        start.setAccessible(true);
        complete.setAccessible(true);
        ScheduledExecutorService janitor = Executors.newSingleThreadScheduledExecutor();
        try {
            double[] micros = new double[2];
            for (int round = 0; round < 3; round++) {
                // The last round counts; the first ones warm the JIT up.
                micros[0] = atDepth(DEPTH, () -> {});
                micros[1] = atDepth(DEPTH, () -> {
                    Object task = constructor.newInstance(
                            "bench", 30_000, 10_000, 1_000, janitor, LoggerFactory.getLogger(TimeoutsBench.class));
                    start.invoke(task);
                    complete.invoke(task);
                });
            }
            double perTask = micros[1] - micros[0];
            return new Result("timeouts")
                    .figure("stack_depth", DEPTH)
                    .figure("us_per_task", perTask)
                    .figure("us_per_event_two_handlers", 2 * perTask)
                    .ratio(perTask)
                    .target("informational", true);
        } finally {
            janitor.shutdownNow();
        }
    }

    private interface Task {
        void run() throws Exception;
    }

    /** Microseconds of CPU per task, run {@code depth} frames down. */
    private static double atDepth(int depth, Task task) throws Exception {
        if (depth > 0) {
            return atDepth(depth - 1, task);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < TASKS; i++) {
            task.run();
        }
        return (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / TASKS;
    }
}
