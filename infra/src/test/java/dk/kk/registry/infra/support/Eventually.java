package dk.kk.registry.infra.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what the registry does by itself (a deadline firing, a projection catching up). */
public final class Eventually {

    private Eventually() {}

    public static void within(Duration timeout, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
    }

    /** Reads until what is read passes the test; answers the last reading, or fails showing it. */
    public static <T> T until(Duration timeout, String what, Supplier<T> read, Predicate<T> done) {
        Object[] last = new Object[1];
        try {
            within(timeout, what, () -> {
                T value = read.get();
                last[0] = value;
                return done.test(value);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last read: " + last[0], e);
        }
        @SuppressWarnings("unchecked")
        T value = (T) last[0];
        return value;
    }
}
