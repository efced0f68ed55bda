package dk.kk.registry.command.policy;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.policy.DesignationCriteriaRevisedEvent;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import dk.kk.registry.shared.policy.ReviseDesignationCriteriaCommand;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class RevisingCriteriaTest {

    private static final String POLICY = "policy-2025";
    private static final UncertainDate START = day(2025, 1, 1);
    private static final List<String> DRAFT = List.of(
            "Indkomst",
            "Uddannelse",
            "Arbejdsmarkedstilknytning",
            "Ungdomsuddannelse",
            "Børnefattigdom",
            "Sundhed",
            "Tryghed");
    private static final List<String> FINAL = List.of(
            "Indkomst",
            "Uddannelse",
            "Arbejdsmarkedstilknytning",
            "Ungdomsuddannelse",
            "Børnefattigdom",
            "Sundhed",
            "Oplevet tryghed",
            "Domme");

    private final AggregateTestFixture<Policy> fixture = fixtureFor(Policy.class);

    private static PolicyAdoptedEvent adopted() {
        return new PolicyAdoptedEvent(
                POLICY,
                "Politik for udsatte byområder 2025-2035",
                START,
                day(2035, 12, 31),
                List.of("Flere livschancer"),
                List.of(),
                "Udkast",
                DRAFT);
    }

    @Test
    void aRevisionMayBeDatedAsItsSourceStatesIt() {
        UncertainDate year2025 = UncertainDate.parse("2025");
        fixture.given(adopted())
                .when(new ReviseDesignationCriteriaCommand(POLICY, null, "Endelig", year2025, FINAL))
                .expectEvents(new DesignationCriteriaRevisedEvent(POLICY, 2, "Endelig", year2025, FINAL));
        expectRefusal(
                fixture.given(adopted())
                        .when(new ReviseDesignationCriteriaCommand(
                                POLICY, null, "Endelig", UncertainDate.parse("../2024"), FINAL)),
                violationOf("DatesAreConsistent", "effectiveFrom"));
    }

    @Test
    void aRevisionIsTheCriteriasNextVersion() {
        fixture.given(adopted())
                .when(new ReviseDesignationCriteriaCommand(POLICY, null, "Endelig", START, FINAL))
                .expectEvents(new DesignationCriteriaRevisedEvent(POLICY, 2, "Endelig", START, FINAL))
                .expectResultMessagePayload(1L);
    }

    @Test
    void versionsCountOnAfterEarlierRevisions() {
        fixture.given(adopted(), new DesignationCriteriaRevisedEvent(POLICY, 2, "Endelig", START, FINAL))
                .when(new ReviseDesignationCriteriaCommand(POLICY, null, "Justeret", day(2028, 1, 1), DRAFT))
                .expectEvents(new DesignationCriteriaRevisedEvent(POLICY, 3, "Justeret", day(2028, 1, 1), DRAFT));
    }

    @Test
    void revisingCriteriaToTheCurrentOnesRecordsNothing() {
        expectRefusal(
                fixture.given(adopted())
                        .when(new ReviseDesignationCriteriaCommand(POLICY, null, " Udkast ", day(2026, 1, 1), DRAFT)),
                violationOf("NothingChanged", "criteria"),
                "the criteria already read so under the label 'Udkast' (version 1)");
    }

    @Test
    void revisingCriteriaToTheLatestRevisionRecordsNothing() {
        expectRefusal(
                fixture.given(
                                adopted(),
                                new DesignationCriteriaRevisedEvent(POLICY, 2, "Endelig", day(2026, 1, 1), FINAL))
                        .when(new ReviseDesignationCriteriaCommand(POLICY, null, "Endelig", day(2026, 1, 1), FINAL)),
                violationOf("NothingChanged", "criteria"));
    }

    @Test
    void theSameCriteriaTakingEffectEarlierAreARevision() {
        fixture.given(adopted(), new DesignationCriteriaRevisedEvent(POLICY, 2, "Endelig", day(2026, 1, 1), FINAL))
                .when(new ReviseDesignationCriteriaCommand(POLICY, null, "Endelig", START, FINAL))
                .expectEvents(new DesignationCriteriaRevisedEvent(POLICY, 3, "Endelig", START, FINAL));
    }

    @Test
    void cannotReviseBeforeThePolicyStarts() {
        expectRefusal(
                fixture.given(adopted())
                        .when(new ReviseDesignationCriteriaCommand(POLICY, null, "Endelig", day(2024, 12, 31), FINAL)),
                violationOf("DatesAreConsistent", "effectiveFrom"));
    }

    @Test
    void aRevisionListsTheCriteria() {
        expectRefusal(
                fixture.given(adopted())
                        .when(new ReviseDesignationCriteriaCommand(POLICY, null, "Tom", START, List.of())),
                violationOf("CriteriaAreListed", "criteria"));
    }

    @Test
    void aRevisionHasALabel() {
        expectRefusal(
                fixture.given(adopted()).when(new ReviseDesignationCriteriaCommand(POLICY, null, " ", START, FINAL)),
                violationOf("RequiredFields", "label"));
    }

    private static UncertainDate day(int year, int month, int dayOfMonth) {
        return UncertainDate.of(LocalDate.of(year, month, dayOfMonth));
    }
}
