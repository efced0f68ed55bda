package dk.kk.registry.command.policy;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.policy.AdoptPolicyCommand;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The policies keep each version of the designation criteria: 2017 had five. */
class PolicyTest {

    private static final String POLICY_2017 = "policy-2017";
    private static final UncertainDate FROM = day(2017, 1, 1);
    private static final UncertainDate TO = day(2025, 12, 31);
    private static final List<String> CRITERIA_2017 = List.of(
            "outside the labour market", "no education", "low income", "non-western origin", "floor area per resident");

    private final AggregateTestFixture<Policy> fixture =
            fixtureFor(Policy.class, KnownReferences.none().policy("policy-2011"));

    /** The 2017 policy under a placeholder title, without objectives or focus areas. */
    private static AdoptPolicyCommand adopting(UncertainDate from, UncertainDate to, List<String> criteria) {
        return new AdoptPolicyCommand(POLICY_2017, "Title", from, to, List.of(), List.of(), null, criteria);
    }

    @Test
    void aPolicyIsAdoptedWithItsPeriodAndCriteria() {
        fixture.givenNoPriorActivity()
                .when(new AdoptPolicyCommand(
                        POLICY_2017,
                        " Politik for udsatte byområder (revideret 2017) ",
                        FROM,
                        TO,
                        List.of(),
                        List.of(),
                        null,
                        CRITERIA_2017))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PolicyAdoptedEvent(
                        POLICY_2017,
                        "Politik for udsatte byområder (revideret 2017)",
                        FROM,
                        TO,
                        List.of(),
                        List.of(),
                        null,
                        CRITERIA_2017))
                .expectResultMessagePayload(POLICY_2017);
    }

    @Test
    void aPolicyWithoutEndOrCriteriaIsAdopted() {
        fixture.givenNoPriorActivity()
                .when(new AdoptPolicyCommand(
                        "policy-2025-2035",
                        "Politik for udsatte byområder 2025-2035",
                        day(2025, 1, 1),
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null))
                .expectEvents(new PolicyAdoptedEvent(
                        "policy-2025-2035",
                        "Politik for udsatte byområder 2025-2035",
                        day(2025, 1, 1),
                        null,
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
    }

    @Test
    void aPolicyIdIsASlug() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new AdoptPolicyCommand(
                                "Policy 2017", "Title", FROM, TO, List.of(), List.of(), null, CRITERIA_2017)),
                violationOf("IdsAreSlugs", "id"),
                "a policy id is lower-case letters and digits joined by hyphens (e.g. " + "'policy-2011')");
    }

    @Test
    void aPolicyHasATitle() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new AdoptPolicyCommand(
                                POLICY_2017, null, FROM, TO, List.of(), List.of(), null, CRITERIA_2017)),
                violationOf("RequiredFields", "title"),
                "title is required");
    }

    @Test
    void aPolicyHasAStart() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(adopting(null, TO, CRITERIA_2017)),
                violationOf("RequiredFields", "periodFrom"),
                "periodFrom is required");
    }

    @Test
    void aPolicyCannotEndBeforeItStarts() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(adopting(FROM, day(2016, 12, 31), CRITERIA_2017)),
                violationOf("DatesAreConsistent", "periodTo"),
                "periodTo is certainly before periodFrom");
    }

    @Test
    void aPeriodIsDatedAsItsSourcesStateItAndOnlyACertainlyEarlierEndIsRefused() {
        UncertainDate autumn2011 = UncertainDate.parse("2011-09/2011-12");
        fixture.givenNoPriorActivity()
                .when(adopting(autumn2011, UncertainDate.parse("2011"), CRITERIA_2017))
                .expectEvents(new PolicyAdoptedEvent(
                        POLICY_2017,
                        "Title",
                        autumn2011,
                        UncertainDate.parse("2011"),
                        List.of(),
                        List.of(),
                        null,
                        CRITERIA_2017));
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(adopting(autumn2011, UncertainDate.parse("2011-08"), CRITERIA_2017)),
                violationOf("DatesAreConsistent", "periodTo"));
    }

    @Test
    void everyCriterionIsText() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(adopting(FROM, TO, Arrays.asList("low income", " "))),
                violationOf("RequiredFields", "criteria[1]"),
                "criteria[1] is required");
    }

    @Test
    void aCriterionIsAtMostAThousandCharacters() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new AdoptPolicyCommand(
                                POLICY_2017, "Title", FROM, TO, List.of(), List.of(), null, List.of("c".repeat(1001)))),
                violationOf("TextLimits", "criteria[0]"),
                "criteria[0] is longer than 1000 characters");
    }

    @Test
    void aPolicyIsAdoptedOnce() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new AdoptPolicyCommand(
                                "policy-2011",
                                "Politik for udsatte byområder",
                                day(2011, 1, 1),
                                null,
                                List.of(),
                                List.of(),
                                null,
                                List.of())),
                AlreadyRecorded.class,
                "policy 'policy-2011' already exists");
    }

    private static UncertainDate day(int year, int month, int dayOfMonth) {
        return UncertainDate.of(LocalDate.of(year, month, dayOfMonth));
    }
}
