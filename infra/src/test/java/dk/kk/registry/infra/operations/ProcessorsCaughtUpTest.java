package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.operations.ProjectionStatusView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class ProcessorsCaughtUpTest {

    private final List<ProjectionStatusView> statuses = new ArrayList<>();
    private final ProcessorsCaughtUpHealthIndicator readiness =
            new ProcessorsCaughtUpHealthIndicator(() -> List.copyOf(statuses), 10_000);

    private static ProjectionStatusView behind(String name, Long lag) {
        Long position = lag == null ? null : 50_000 - lag;
        return new ProjectionStatusView(name, position, 50_000, lag, false, 0, true, false, lag == null ? 0 : 1);
    }

    @Test
    void notReadyWhileAProcessorCatchesUpFromFarBehindThenReadyForGood() {
        statuses.add(behind("interventions", 30_000L));
        statuses.add(behind("areas", 0L));

        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(readiness.health().getDetails().get("behind")).isEqualTo(java.util.Map.of("interventions", 30_000L));

        statuses.set(0, behind("interventions", 10_000L));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);

        // A bulk import later puts every instance as far behind: that takes none of them out of service.
        statuses.set(0, behind("interventions", 90_000L));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aProcessorWhoseSegmentsAnotherInstanceHoldsDoesNotHoldReadinessBack() {
        statuses.add(behind("interventions", null));

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }
}
