package dk.kk.registry.command.reference;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;

import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.IndicatorDefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorRedefinedEvent;
import dk.kk.registry.shared.indicator.RedefineIndicatorCommand;
import dk.kk.registry.shared.indicator.Unit;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** An indicator's definition is versioned: each redefinition, with its reason, is the next version. */
class RedefiningAnIndicatorTest {

    private static final String ID = "eviction-warnings";
    private static final IndicatorDefinedEvent DEFINED =
            new IndicatorDefinedEvent(ID, "Eviction warnings", Unit.PERCENT, Direction.LOWER_IS_BETTER, "DOMUS");
    private static final MetaData BECAUSE =
            MetaData.with(AuditMetadata.REASON, "SOF counts households from 2021, not cases");

    private final AggregateTestFixture<Indicator> fixture = fixtureFor(Indicator.class, KnownReferences.none());

    private static RedefineIndicatorCommand redefine(String name, Unit unit, String source) {
        return new RedefineIndicatorCommand(ID, null, name, unit, Direction.LOWER_IS_BETTER, source);
    }

    @Test
    void aRedefinitionIsVersionTwo() {
        fixture.given(DEFINED)
                .when(redefine(" Eviction warnings per household ", Unit.PERCENT, "DOMUS "), BECAUSE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IndicatorRedefinedEvent(
                        ID, 2, "Eviction warnings per household", Unit.PERCENT, Direction.LOWER_IS_BETTER, "DOMUS"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void versionsCountOn() {
        fixture.given(
                        DEFINED,
                        new IndicatorRedefinedEvent(
                                ID,
                                2,
                                "Eviction warnings per household",
                                Unit.PERCENT,
                                Direction.LOWER_IS_BETTER,
                                "DOMUS"))
                .when(redefine("Eviction warnings per 1000 households", Unit.RATE_PER_1000, "DOMUS"), BECAUSE)
                .expectEvents(new IndicatorRedefinedEvent(
                        ID,
                        3,
                        "Eviction warnings per 1000 households",
                        Unit.RATE_PER_1000,
                        Direction.LOWER_IS_BETTER,
                        "DOMUS"));
    }

    @Test
    void aRedefinitionSaysWhy() {
        expectRefusal(
                fixture.given(DEFINED).when(redefine("Eviction warnings per household", Unit.PERCENT, "DOMUS")),
                violationOf("ReasonRequired", "reason"),
                "a redefinition requires a reason");
    }

    @Test
    void redefiningAnIndicatorAsItIsDefinedRecordsNothing() {
        expectRefusal(
                fixture.given(DEFINED).when(redefine("Eviction warnings", Unit.PERCENT, " DOMUS"), BECAUSE),
                violationOf("NothingChanged"),
                "the new definition is the same as version 1");
    }

    @Test
    void aRedefinitionIsACompleteDefinition() {
        expectRefusal(
                fixture.given(DEFINED).when(redefine("Eviction warnings", null, "DOMUS"), BECAUSE),
                violationOf("RequiredFields", "unit"));
    }

    @Test
    void onlyADefinedIndicatorIsRedefined() {
        fixture.givenNoPriorActivity()
                .when(redefine("Eviction warnings", Unit.PERCENT, "DOMUS"), BECAUSE)
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }
}
