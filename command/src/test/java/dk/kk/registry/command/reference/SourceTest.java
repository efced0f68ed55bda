package dk.kk.registry.command.reference;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.source.RegisterSourceCommand;
import dk.kk.registry.shared.source.SourceKind;
import dk.kk.registry.shared.source.SourceRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class SourceTest {

    private static final String DRAFT = "politik-udkast-2011";

    private final KnownReferences recorded =
            KnownReferences.none().source("status-2024").area("tingbjerg-husum");
    private final AggregateTestFixture<Source> fixture = fixtureFor(Source.class, recorded);

    @Test
    void aSourceIsRegisteredWithItsDateAsTheDocumentStatesIt() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSourceCommand(
                        DRAFT,
                        " Politik for udsatte byområder (udkast) ",
                        "Københavns Kommune",
                        UncertainDate.parse("2011-09"),
                        " ",
                        SourceKind.POLICY_DRAFT,
                        null))
                .expectEvents(new SourceRegisteredEvent(
                        DRAFT,
                        "Politik for udsatte byområder (udkast)",
                        "Københavns Kommune",
                        UncertainDate.parse("2011-09"),
                        null,
                        SourceKind.POLICY_DRAFT,
                        null));
    }

    @Test
    void aSourceMayNotTakeAnIdAlreadyRecorded() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterSourceCommand(
                                "tingbjerg-husum", "Titel", null, null, null, SourceKind.OTHER, null)),
                AlreadyRecorded.class);
    }

    @Test
    void aSourceIdIsASlug() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterSourceCommand(
                                "Status 2024", "Titel", null, null, null, SourceKind.OTHER, null)),
                violationOf("IdsAreSlugs", "id"));
    }

    @Test
    void aSourceHasATitleAndAKind() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterSourceCommand(DRAFT, "--", null, null, null, SourceKind.OTHER, null)),
                violationOf("NamesSaySomething", "title"));
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterSourceCommand(DRAFT, "Titel", null, null, null, null, null)),
                violationOf("RequiredFields", "kind"));
    }
}
