package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.intervention.ExpenditureRecordedEvent;
import dk.kk.registry.shared.intervention.InterventionRegisteredEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The log's event types by simple name, mapped to the payload types the event table stores. */
class EventTypesTest {

    @Test
    void aSimpleNameNamesTheStoredPayloadTypes() {
        assertThat(EventTypes.named(List.of("InterventionRegisteredEvent", "ExpenditureRecordedEvent")))
                .containsExactlyInAnyOrder(
                        InterventionRegisteredEvent.class.getName(), ExpenditureRecordedEvent.class.getName());
    }

    @Test
    void aNameNoEventHasNamesNothing() {
        assertThat(EventTypes.named(List.of("NoSuchEvent", "dk.kk.registry.shared")))
                .isEmpty();
    }

    @Test
    void theSimpleNameIsWhatFollowsTheLastDotOrDollar() {
        assertThat(EventTypes.simpleName("a.b.Outer$InnerEvent")).isEqualTo("InnerEvent");
        assertThat(EventTypes.simpleName("a.b.SomeEvent")).isEqualTo("SomeEvent");
    }
}
