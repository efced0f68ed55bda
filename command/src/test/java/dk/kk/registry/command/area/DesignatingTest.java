package dk.kk.registry.command.area;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;

import dk.kk.registry.command.common.KnownNames;
import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.area.AreaDesignatedEvent;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.AreaRegisteredEvent;
import dk.kk.registry.shared.area.AreaRenamedEvent;
import dk.kk.registry.shared.area.DesignateAreaCommand;
import dk.kk.registry.shared.area.DesignationEndedEvent;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.area.EndDesignationCommand;
import dk.kk.registry.shared.area.RenameAreaCommand;
import dk.kk.registry.shared.common.UncertainDate;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class DesignatingTest {

    private static final String AREA = "tingbjerg-husum";
    private static final UncertainDate FROM = day(2011, 1, 1);

    private final AggregateTestFixture<Area> fixture =
            fixtureFor(Area.class, KnownReferences.none().policy("policy-2011"), KnownNames.none());

    private static AreaRegisteredEvent registered() {
        return new AreaRegisteredEvent(AREA, "Husum/Tingbjerg", AreaKind.MUNICIPAL_DESIGNATED);
    }

    /** Designation d1: on the municipal list of vulnerable areas under the 2011 policy, from 1 January 2011. */
    private static AreaDesignatedEvent designatedVulnerable() {
        return new AreaDesignatedEvent(
                AREA, "d1", DesignationList.MUNICIPAL_VULNERABLE, "policy-2011", FROM, List.of(), null);
    }

    private static DesignateAreaCommand designate(String id, DesignationList list, String policy, UncertainDate from) {
        return new DesignateAreaCommand(AREA, null, id, list, policy, from, List.of("Lav indkomst"), null);
    }

    @Test
    void anAreaIsDesignatedUnderAPolicy() {
        fixture.given(registered())
                .when(designate("d1", DesignationList.MUNICIPAL_VULNERABLE, "policy-2011", FROM))
                .expectEvents(new AreaDesignatedEvent(
                        AREA,
                        "d1",
                        DesignationList.MUNICIPAL_VULNERABLE,
                        "policy-2011",
                        FROM,
                        List.of("Lav indkomst"),
                        null));
    }

    @Test
    void aMunicipalDesignationNeedsAPolicy() {
        expectRefusal(
                fixture.given(registered()).when(designate("d1", DesignationList.MUNICIPAL_VULNERABLE, null, FROM)),
                violationOf("ReferencesMustExist", "policy"));
    }

    @Test
    void aStateListingNeedsNoPolicy() {
        fixture.given(registered())
                .when(designate("d1", DesignationList.STATE_PREVENTION, null, day(2024, 12, 1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotBeOnTheSameListTwiceAtOnce() {
        expectRefusal(
                fixture.given(registered(), designatedVulnerable())
                        .when(designate("d2", DesignationList.MUNICIPAL_VULNERABLE, "policy-2011", day(2017, 1, 1))),
                violationOf("OnAListOnceAtATime", "effectiveFrom"));
    }

    @Test
    void canBeDesignatedAgainAfterTheEarlierDesignationEnded() {
        fixture.given(registered(), designatedVulnerable(), new DesignationEndedEvent(AREA, "d1", day(2016, 12, 31)))
                .when(designate("d2", DesignationList.MUNICIPAL_VULNERABLE, "policy-2011", day(2017, 1, 1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aDesignationIsDatedAsItsSourceStatesIt() {
        UncertainDate autumn2011 = UncertainDate.parse("2011-09/2011-12");
        fixture.given(registered())
                .when(designate("d1", DesignationList.MUNICIPAL_VULNERABLE, "policy-2011", autumn2011))
                .expectEvents(new AreaDesignatedEvent(
                        AREA,
                        "d1",
                        DesignationList.MUNICIPAL_VULNERABLE,
                        "policy-2011",
                        autumn2011,
                        List.of("Lav indkomst"),
                        null));
    }

    @Test
    void aStartThatMayFollowTheEarlierEndIsAccepted() {
        fixture.given(
                        registered(),
                        designatedVulnerable(),
                        new DesignationEndedEvent(AREA, "d1", UncertainDate.parse("2017")))
                .when(designate("d2", DesignationList.MUNICIPAL_VULNERABLE, "policy-2011", UncertainDate.parse("2017")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aStartCertainlyBeforeTheEarlierEndIsRefused() {
        expectRefusal(
                fixture.given(
                                registered(),
                                designatedVulnerable(),
                                new DesignationEndedEvent(AREA, "d1", day(2016, 12, 31)))
                        .when(designate(
                                "d2",
                                DesignationList.MUNICIPAL_VULNERABLE,
                                "policy-2011",
                                UncertainDate.parse("2016"))),
                violationOf("OnAListOnceAtATime", "effectiveFrom"));
    }

    @Test
    void anEndThatMayFollowTheStartIsAcceptedOneCertainlyBeforeItIsRefused() {
        AreaDesignatedEvent designated = new AreaDesignatedEvent(
                AREA,
                "d1",
                DesignationList.MUNICIPAL_VULNERABLE,
                "policy-2011",
                UncertainDate.parse("2011-09/2011-12"),
                List.of(),
                null);
        fixture.given(registered(), designated)
                .when(new EndDesignationCommand(AREA, null, "d1", UncertainDate.parse("2011")))
                .expectEvents(new DesignationEndedEvent(AREA, "d1", UncertainDate.parse("2011")));
        expectRefusal(
                fixture.given(registered(), designated)
                        .when(new EndDesignationCommand(AREA, null, "d1", UncertainDate.parse("../2011-08"))),
                violationOf("DatesAreConsistent", "effectiveTo"));
    }

    @Test
    void comparisonAreasAreNeverDesignated() {
        expectRefusal(
                fixture.given(new AreaRegisteredEvent("copenhagen", "København", AreaKind.COMPARISON))
                        .when(new DesignateAreaCommand(
                                "copenhagen",
                                null,
                                "d1",
                                DesignationList.MUNICIPAL_VULNERABLE,
                                "policy-2011",
                                FROM,
                                List.of(),
                                null)),
                violationOf("ComparisonAreasAreNotDesignated", "list"));
    }

    @Test
    void aDesignationEndsOnceAndNotBeforeItStarts() {
        AreaDesignatedEvent designated = designatedVulnerable();
        expectRefusal(
                fixture.given(registered(), designated)
                        .when(new EndDesignationCommand(AREA, null, "d1", day(2010, 12, 31))),
                violationOf("DatesAreConsistent", "effectiveTo"));
        expectRefusal(
                fixture.given(registered(), designated, new DesignationEndedEvent(AREA, "d1", day(2024, 12, 31)))
                        .when(new EndDesignationCommand(AREA, null, "d1", day(2025, 1, 1))),
                violationOf("DesignationsEndOnce", "designationId"));
    }

    @Test
    void onlyRecordedDesignationsEnd() {
        expectRefusal(
                fixture.given(registered()).when(new EndDesignationCommand(AREA, null, "nope", FROM)),
                violationOf("DesignationMustExist", "designationId"));
    }

    @Test
    void renamingChangesTheName() {
        fixture.given(registered())
                .when(new RenameAreaCommand(AREA, null, "Husum og Tingbjerg"))
                .expectEvents(new AreaRenamedEvent(AREA, "Husum og Tingbjerg"));
    }

    @Test
    void renamingAnAreaToItsNameRecordsNothing() {
        expectRefusal(
                fixture.given(registered()).when(new RenameAreaCommand(AREA, null, "Husum/Tingbjerg")),
                violationOf("NothingChanged", "name"));
    }

    private static UncertainDate day(int year, int month, int dayOfMonth) {
        return UncertainDate.of(LocalDate.of(year, month, dayOfMonth));
    }
}
