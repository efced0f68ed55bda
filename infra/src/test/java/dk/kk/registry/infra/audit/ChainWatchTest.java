package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class ChainWatchTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ChainWatch watch = new ChainWatch(null, meters, Duration.ofMinutes(15), Duration.ofSeconds(30));

    @Test
    void beforeTheFirstVerificationNothingIsKnown() {
        assertThat(watch.health().getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(intact()).isNaN();
    }

    @Test
    void anIntactChainIsUp() {
        watch.record(new ChainVerification(120, true, null, 3));

        assertThat(watch.health().getStatus()).isEqualTo(Status.UP);
        assertThat(watch.health().getDetails())
                .containsEntry("eventsChecked", 120L)
                .containsEntry("eventsPending", 3L);
        assertThat(intact()).isEqualTo(1);
    }

    @Test
    void oneBrokenVerificationIsVerifiedAgainBeforeAnyoneIsPaged() {
        watch.record(new ChainVerification(120, true, null, 0));
        watch.record(new ChainVerification(121, false, 57L, 0));

        assertThat(watch.health().getStatus()).isEqualTo(Status.UP);
        assertThat(watch.health().getDetails())
                .containsEntry("firstBrokenPosition", 57L)
                .containsKey("recheckAt");
        assertThat(intact()).isEqualTo(1);
    }

    @Test
    void aChainFoundBrokenTwiceInARowIsDownWithItsFirstBrokenPosition() {
        watch.record(new ChainVerification(121, false, 57L, 0));
        watch.record(new ChainVerification(122, false, 57L, 0));

        assertThat(watch.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(watch.health().getDetails())
                .containsEntry("firstBrokenPosition", 57L)
                .doesNotContainKey("recheckAt");
        assertThat(intact()).isZero();
    }

    @Test
    void aBrokenReadingFollowedByAnIntactOneIsUp() {
        watch.record(new ChainVerification(121, false, 57L, 0));
        watch.record(new ChainVerification(122, true, null, 0));

        assertThat(watch.health().getStatus()).isEqualTo(Status.UP);
        assertThat(intact()).isEqualTo(1);
    }

    private double intact() {
        return meters.get("registry.audit.chain.intact").gauge().value();
    }
}
