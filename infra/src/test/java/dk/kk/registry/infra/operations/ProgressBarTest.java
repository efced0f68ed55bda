package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLineShowsPositionPercentRateAndTimeLeft() {
        String line = ProgressBar.render("rebuilding interventions", 250_000, 1_000_000, 250_000, 10 * SECOND);

        assertThat(line)
                .isEqualTo("rebuilding interventions [######------------------]  25%  250 000 / 1 000 000"
                        + "  25 000 events/s  ETA 0:30");
    }

    @Test
    void theEndIsAFullBarWithNothingLeft() {
        assertThat(ProgressBar.render("verifying projections", 300, 300, 300, SECOND))
                .isEqualTo("verifying projections [########################] 100%  300 / 300  300 events/s  ETA 0:00");
    }

    @Test
    void beforeAnyRateThereIsNoTimeLeftToShowAndAnEmptyStoreIsDone() {
        assertThat(ProgressBar.render("x", 0, 1000, 0, 0)).endsWith("  0%  0 / 1 000  0 events/s  ETA --:--");
        assertThat(ProgressBar.percent(0, 0)).isEqualTo(100);
        assertThat(ProgressBar.percent(-1, 10)).isZero();
        assertThat(ProgressBar.percent(12, 10)).isEqualTo(100);
    }

    @Test
    void longDurationsShowHours() {
        assertThat(ProgressBar.duration(59)).isEqualTo("0:59");
        assertThat(ProgressBar.duration(61 * 60 + 5)).isEqualTo("1:01:05");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndEndedOnce() {
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("r", new PrintStream(bytes, true, StandardCharsets.UTF_8), true, clock::get);

        bar.advanced(1, 10_000, 1);
        clock.addAndGet(ProgressBar.REDRAW_NANOS);
        bar.advanced(2, 10_000, 2);
        clock.addAndGet(ProgressBar.REDRAW_NANOS / 2);
        bar.advanced(3, 10_000, 3);
        clock.addAndGet(ProgressBar.REDRAW_NANOS);
        bar.advanced(10_000, 10_000, 4);
        bar.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        // Two redraws while running (the first and third events came too soon), the final one, then one newline.
        assertThat(out.chars().filter(c -> c == '\r')).hasSize(3);
        assertThat(out)
                .contains("\rr [------------------------]   0%  2 / 10 000  10 events/s  ETA 16:40\r")
                .doesNotContain("  3 / ")
                .endsWith("100%  10 000 / 10 000  8 events/s  ETA 0:00" + System.lineSeparator());
        assertThat(out.chars().filter(c -> c == '\n')).hasSize(1);
        assertThat(bar.events()).isEqualTo(4);
    }

    @Test
    void intoAFileItWritesAPlainLineEveryFewSeconds() {
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("v", new PrintStream(bytes, true, StandardCharsets.UTF_8), false, clock::get);

        for (int position = 1; position <= 100; position++) {
            clock.addAndGet(ProgressBar.LINE_NANOS / 10);
            bar.advanced(position, 100, position);
        }
        bar.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\r");
        // Every tenth event is five seconds on: ten lines, and the final state once more.
        assertThat(out.lines()).hasSize(11);
        assertThat(out.lines().toList().get(0)).startsWith("v [").contains(" 10%  10 / 100");
        assertThat(out.lines().toList().get(10)).contains("100%  100 / 100");
    }

    @Test
    void waitingOnOthersProgressItsRateIsOfPositionsPassedNotOfPolls() {
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("p", new PrintStream(bytes, true, StandardCharsets.UTF_8), false, clock::get);

        // Ten polls a second for 5 s while the processors move 1 000 positions a second from 2 000.
        for (int poll = 0; poll <= 50; poll++) {
            bar.reached(2_000 + poll * 100L, 100_000);
            clock.addAndGet(ProgressBar.LINE_NANOS / 50);
        }

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines().toList().get(0)).contains("7 000 / 100 000  1 000 events/s  ETA 1:33");
    }
}
