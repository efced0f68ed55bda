package dk.kk.registry.infra.operations;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A replay's progress on the command line: position of the head, percent, events per second and the time left. On a
 * terminal the line is redrawn in place (carriage return) a few times a second; written to a file or a pipe, where a
 * carriage return would pile up, it is a plain line every few seconds.
 */
public final class ProgressBar implements ReplayProgress {

    static final long REDRAW_NANOS = 200_000_000L;
    static final long LINE_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 24;

    private final String label;
    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long started;
    private long lastShown;
    private long events;
    private long first = -1;
    private long position;
    private long head;
    private int drawnWidth;

    public ProgressBar(String label, PrintStream out, boolean terminal, LongSupplier clock) {
        this.label = label;
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastShown = started;
    }

    /**
     * Whether standard error is likely a terminal. Java tells only whether the process has a console at all (input and
     * output both terminals); redirecting just standard error to a file is the rare case this gets wrong, and it then
     * costs only a file with carriage returns in it. {@code TERM=dumb} (an editor's shell, some CI logs) counts as none.
     */
    public static boolean stderrIsTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void advanced(long position, long head, long ignored) {
        // Counted here rather than taken from the replay, which counts again from zero for the catch-up after the first
        // pass: the rate stays the rate of the whole run.
        events++;
        moved(position, head);
    }

    /**
     * For a wait on others' progress (a restore waiting for the processors, polling their slowest position): the rate
     * is of the positions passed since the first call, not of the calls, which are polls.
     */
    public void reached(long position, long head) {
        if (first < 0) {
            first = position;
        }
        events = Math.max(0, position - first);
        moved(position, head);
    }

    /** Redraws a terminal's line five times a second at most; a log (no terminal) gets a line every five seconds. */
    private void moved(long position, long head) {
        this.position = position;
        this.head = head;
        long now = clock.getAsLong();
        if (now - lastShown >= (terminal ? REDRAW_NANOS : LINE_NANOS)) {
            lastShown = now;
            show(now);
        }
    }

    /** Draws the final state and ends the line, so that what is printed next starts on a line of its own. */
    public void finish() {
        if (terminal) {
            show(clock.getAsLong());
            out.println();
        } else if (events > 0) {
            show(clock.getAsLong());
        }
        out.flush();
    }

    public long events() {
        return events;
    }

    public long elapsedNanos() {
        return clock.getAsLong() - started;
    }

    private void show(long now) {
        String line = render(label, position, head, events, now - started);
        if (terminal) {
            // Spaces over whatever a longer previous line left behind.
            String padding = " ".repeat(Math.max(0, drawnWidth - line.length()));
            out.print("\r" + line + padding);
            drawnWidth = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /**
     * One line: {@code label [#####-----]  42%  420 000 / 1 000 000  12 345 events/s  ETA 0:47}. The percentage is of
     * the position in the event store, the rate of the events read so far, and the time left is the positions still
     * to read at that rate ({@code --:--} while there is no rate yet).
     */
    static String render(String label, long position, long head, long events, long elapsedNanos) {
        int percent = percent(position, head);
        int filled = percent * BAR_WIDTH / 100;
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? events / seconds : 0;
        String eta = rate > 0 ? duration(Math.round(Math.max(0, head - position) / rate)) : "--:--";
        return label + " [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", percent) + "  " + count(position) + " / " + count(head) + "  "
                + count(Math.round(rate)) + " events/s  ETA " + eta;
    }

    static int percent(long position, long head) {
        if (head <= 0 || position >= head) {
            return 100;
        }
        return (int) Math.max(0, Math.min(100, 100 * position / head));
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String duration(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    /** Thousands separated by spaces, as the registry's other command-line output writes them. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }
}
