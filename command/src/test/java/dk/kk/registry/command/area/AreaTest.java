package dk.kk.registry.command.area;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static org.hamcrest.Matchers.containsString;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.KnownNames;
import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.AreaRegisteredEvent;
import dk.kk.registry.shared.area.RegisterAreaCommand;
import dk.kk.registry.shared.area.RenameAreaCommand;
import dk.kk.registry.shared.common.ReferenceKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

    private static final String TINGBJERG = "tingbjerg-husum";

    private final KnownReferences recorded =
            KnownReferences.none().organisation("copenhagen-police").area("bispebjerg-nordvest");
    private final AggregateTestFixture<Area> fixture = fixtureFor(
            Area.class,
            recorded,
            KnownNames.none().with(ReferenceKind.AREA, "bispebjerg-nordvest", "Bispebjerg/Nordvest"));

    @Test
    void anotherAreaByTheSameNameIgnoringCaseAndSpacesIsADuplicate() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAreaCommand("nordvest", " bispebjerg / nordvest", AreaKind.MUNICIPAL_DESIGNATED))
                .expectException(AlreadyRecorded.class)
                .expectExceptionMessage(containsString("'bispebjerg-nordvest'"))
                .expectNoEvents();
        fixture.given(new AreaRegisteredEvent(TINGBJERG, "Husum/Tingbjerg", AreaKind.MUNICIPAL_DESIGNATED))
                .when(new RenameAreaCommand(TINGBJERG, null, "BISPEBJERG/NORDVEST"))
                .expectException(AlreadyRecorded.class)
                .expectNoEvents();
    }

    @Test
    void anAreaIsRegisteredByItsSlug() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAreaCommand(TINGBJERG, "  Husum/Tingbjerg ", AreaKind.MUNICIPAL_DESIGNATED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AreaRegisteredEvent(TINGBJERG, "Husum/Tingbjerg", AreaKind.MUNICIPAL_DESIGNATED))
                .expectResultMessagePayload(TINGBJERG);
    }

    @Test
    void theRestOfTheCityIsAComparisonArea() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAreaCommand("rest-of-copenhagen", "Resten af byen", AreaKind.COMPARISON))
                .expectEvents(new AreaRegisteredEvent("rest-of-copenhagen", "Resten af byen", AreaKind.COMPARISON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tingbjerg", "tingbjerg husum", "tingbjerg--husum", "-tingbjerg", "nørrebro", ""})
    void anAreaIdIsASlug(String id) {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterAreaCommand(id, "Some area", AreaKind.MUNICIPAL_DESIGNATED)),
                violationOf("IdsAreSlugs", "id"),
                "an area id is lower-case letters and digits joined by hyphens, at most 64 "
                        + "characters (e.g. 'tingbjerg-husum')");
    }

    @Test
    void anAreaIdIsAtMostSixtyFourCharacters() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterAreaCommand("a".repeat(65), "Some area", AreaKind.MUNICIPAL_DESIGNATED)),
                violationOf("IdsAreSlugs"));
    }

    @Test
    void anAreaHasAName() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterAreaCommand(TINGBJERG, " ", AreaKind.MUNICIPAL_DESIGNATED)),
                violationOf("RequiredFields", "name"),
                "name is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "--", " ... ", "?!"})
    void anAreaNameHasALetterOrADigit(String name) {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterAreaCommand(TINGBJERG, name, AreaKind.MUNICIPAL_DESIGNATED)),
                violationOf("NamesSaySomething", "name"));
    }

    @Test
    void anAreaNameIsAtMostTwoHundredCharacters() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterAreaCommand(TINGBJERG, "x".repeat(201), AreaKind.MUNICIPAL_DESIGNATED)),
                violationOf("TextLimits", "name"),
                "name is longer than 200 characters");
    }

    @Test
    void anAreaHasAKind() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(new RegisterAreaCommand(TINGBJERG, "Husum/Tingbjerg", null)),
                violationOf("RequiredFields", "kind"),
                "kind is required");
    }

    @Test
    void anAreaIsRegisteredOnce() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterAreaCommand(
                                "bispebjerg-nordvest", "Bispebjerg/Nordvest", AreaKind.MUNICIPAL_DESIGNATED)),
                AlreadyRecorded.class,
                "area 'bispebjerg-nordvest' already exists");
    }

    @Test
    void anAreaCannotTakeTheIdOfAnotherKindOfThing() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterAreaCommand("copenhagen-police", "Politiet", AreaKind.COMPARISON)),
                AlreadyRecorded.class,
                "'copenhagen-police' is already the id of an organisation");
    }
}
