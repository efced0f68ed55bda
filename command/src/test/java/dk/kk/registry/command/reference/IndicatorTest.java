package dk.kk.registry.command.reference;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.indicator.DefineIndicatorCommand;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.IndicatorDefinedEvent;
import dk.kk.registry.shared.indicator.Unit;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    private static final String EVICTIONS = "eviction-warnings";

    private final AggregateTestFixture<Indicator> fixture =
            fixtureFor(Indicator.class, KnownReferences.none().indicator("perceived-safety"));

    private static DefineIndicatorCommand evictionWarnings(String name, Unit unit, Direction direction, String source) {
        return new DefineIndicatorCommand(EVICTIONS, name, unit, direction, source);
    }

    @Test
    void anIndicatorIsDefined() {
        fixture.givenNoPriorActivity()
                .when(evictionWarnings(" Eviction warnings ", Unit.PERCENT, Direction.LOWER_IS_BETTER, " DOMUS "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IndicatorDefinedEvent(
                        EVICTIONS, "Eviction warnings", Unit.PERCENT, Direction.LOWER_IS_BETTER, "DOMUS"))
                .expectResultMessagePayload(EVICTIONS);
    }

    @Test
    void anIndicatorIdIsASlug() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new DefineIndicatorCommand(
                                "Eviction_Warnings",
                                "Eviction warnings",
                                Unit.PERCENT,
                                Direction.LOWER_IS_BETTER,
                                "DOMUS")),
                violationOf("IdsAreSlugs", "id"),
                "an indicator id is lower-case letters and digits joined by hyphens, at most " + "64 characters");
    }

    @Test
    void anIndicatorHasAName() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings("", Unit.PERCENT, Direction.LOWER_IS_BETTER, "DOMUS")),
                violationOf("RequiredFields", "name"),
                "name is required");
    }

    @Test
    void anIndicatorHasAUnit() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings("Eviction warnings", null, Direction.LOWER_IS_BETTER, "DOMUS")),
                violationOf("RequiredFields", "unit"),
                "unit is required");
    }

    @Test
    void anIndicatorHasADirection() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(evictionWarnings("Eviction warnings", Unit.PERCENT, null, "DOMUS")),
                violationOf("RequiredFields", "direction"),
                "direction is required");
    }

    @Test
    void anIndicatorHasADataSource() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings("Eviction warnings", Unit.PERCENT, Direction.LOWER_IS_BETTER, null)),
                violationOf("RequiredFields", "source"),
                "source is required");
    }

    @Test
    void anIndicatorsDataSourceIsAtMostTwoHundredCharacters() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings(
                                "Eviction warnings", Unit.PERCENT, Direction.LOWER_IS_BETTER, "s".repeat(201))),
                violationOf("TextLimits", "source"),
                "source is longer than 200 characters");
    }

    @Test
    void anIndicatorIsDefinedOnce() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new DefineIndicatorCommand(
                                "perceived-safety",
                                "Perceived safety",
                                Unit.PERCENT,
                                Direction.HIGHER_IS_BETTER,
                                "Københavns Tryghedsundersøgelse")),
                AlreadyRecorded.class,
                "indicator 'perceived-safety' already exists");
    }
}
