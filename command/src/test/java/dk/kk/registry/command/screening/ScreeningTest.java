package dk.kk.registry.command.screening;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.screening.Comparison;
import dk.kk.registry.shared.screening.ConfirmProposalCommand;
import dk.kk.registry.shared.screening.ProposalConfirmedEvent;
import dk.kk.registry.shared.screening.ProposalRejectedEvent;
import dk.kk.registry.shared.screening.ProposalReopenedEvent;
import dk.kk.registry.shared.screening.RejectProposalCommand;
import dk.kk.registry.shared.screening.ReopenProposalCommand;
import dk.kk.registry.shared.screening.RunScreeningCommand;
import dk.kk.registry.shared.screening.ScreeningCriterion;
import dk.kk.registry.shared.screening.ScreeningInput;
import dk.kk.registry.shared.screening.ScreeningProposal;
import dk.kk.registry.shared.screening.ScreeningRule;
import dk.kk.registry.shared.screening.ScreeningRunEvent;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ScreeningTest {

    private static final ScreeningCriterion INCOME = new ScreeningCriterion(
            "Lav indkomst", "low-income", "rest-of-copenhagen", Comparison.ABOVE, new BigDecimal("2"));
    private static final ScreeningCriterion TURNOUT =
            new ScreeningCriterion("Lav valgdeltagelse", "turnout", null, Comparison.BELOW, new BigDecimal("40"));
    private static final ScreeningRule RULE = new ScreeningRule(List.of(INCOME, TURNOUT), 2);

    private final AggregateTestFixture<Screening> fixture =
            fixtureFor(Screening.class, KnownReferences.none().policy("policy-2025"));

    private static ScreeningInput input(String area, ScreeningCriterion criterion, String value, String comparison) {
        return new ScreeningInput(
                area,
                criterion.name(),
                criterion.indicator(),
                value == null ? null : new BigDecimal(value),
                comparison == null ? null : new BigDecimal(comparison),
                true,
                null,
                null);
    }

    @Test
    void aCriterionRelativeToAComparisonIsMetAtItsRatio() {
        assertThat(ScreeningEvaluation.meets(INCOME, new BigDecimal("10.0"), new BigDecimal("5.0")))
                .isTrue();
        assertThat(ScreeningEvaluation.meets(INCOME, new BigDecimal("9.9"), new BigDecimal("5.0")))
                .isFalse();
        assertThat(ScreeningEvaluation.meets(INCOME, new BigDecimal("9.9"), BigDecimal.ZERO))
                .isFalse();
        assertThat(ScreeningEvaluation.meets(TURNOUT, new BigDecimal("33.27"), null))
                .isTrue();
        assertThat(ScreeningEvaluation.meets(TURNOUT, new BigDecimal("40.01"), null))
                .isFalse();
    }

    @Test
    void missingDataNeverMeetsACriterion() {
        assertThat(ScreeningEvaluation.meets(TURNOUT, null, null)).isFalse();
        assertThat(ScreeningEvaluation.meets(INCOME, new BigDecimal("10"), null))
                .isFalse();
    }

    @Test
    void aRunProposesTheAreasMeetingEnoughCriteriaAndJudgesTheInputsItself() {
        List<ScreeningInput> given = List.of(
                input("tingbjerg", INCOME, "12", "5"), input("tingbjerg", TURNOUT, "33.27", null),
                input("valby", INCOME, "6", "5"), input("valby", TURNOUT, "35", null));
        ScreeningInput valbyIncome = new ScreeningInput(
                "valby", INCOME.name(), "low-income", new BigDecimal("6"), new BigDecimal("5"), false, null, null);
        fixture.givenNoPriorActivity()
                .when(new RunScreeningCommand("s1", "policy-2025", 2024, RULE, given))
                .expectEvents(new ScreeningRunEvent(
                        "s1",
                        "policy-2025",
                        2024,
                        RULE,
                        List.of(given.get(0), given.get(1), valbyIncome, given.get(3)),
                        List.of(new ScreeningProposal("tingbjerg", List.of("Lav indkomst", "Lav valgdeltagelse")))));
    }

    @Test
    void aScreeningNeedsARule() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RunScreeningCommand("s1", "policy-2025", 2024, null, List.of())),
                violationOf("ScreeningsNeedARule"));
    }

    @Test
    void aScreeningNamesAnExistingPolicy() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RunScreeningCommand("s1", "policy-1999", 2024, RULE, List.of())),
                violationOf("ReferencesMustExist", "policy"));
    }

    private static ScreeningRunEvent ran() {
        return new ScreeningRunEvent(
                "s1",
                "policy-2025",
                2024,
                RULE,
                List.of(),
                List.of(new ScreeningProposal("tingbjerg", List.of("Lav indkomst", "Lav valgdeltagelse"))));
    }

    @Test
    void aProposalIsConfirmedOnce() {
        fixture.given(ran())
                .when(new ConfirmProposalCommand("s1", null, "tingbjerg", "d1"))
                .expectEvents(new ProposalConfirmedEvent("s1", "tingbjerg", "d1"));
        expectRefusal(
                fixture.given(ran(), new ProposalConfirmedEvent("s1", "tingbjerg", "d1"))
                        .when(new RejectProposalCommand("s1", null, "tingbjerg")),
                violationOf("ProposalsAreDecidedOnce", "area"));
    }

    @Test
    void onlyProposedAreasAreDecided() {
        expectRefusal(
                fixture.given(ran()).when(new ConfirmProposalCommand("s1", null, "valby", "d1")),
                violationOf("ProposalsMustExist", "area"));
    }

    @Test
    void aDecisionCanBeTakenBackAndMadeAgain() {
        fixture.given(
                        ran(),
                        new ProposalConfirmedEvent("s1", "tingbjerg", "d1"),
                        new ProposalReopenedEvent("s1", "tingbjerg"))
                .when(new RejectProposalCommand("s1", null, "tingbjerg"))
                .expectEvents(new ProposalRejectedEvent("s1", "tingbjerg"));
        expectRefusal(
                fixture.given(ran()).when(new ReopenProposalCommand("s1", null, "tingbjerg")),
                violationOf("ReopenOnlyDecidedProposals", "area"));
    }
}
