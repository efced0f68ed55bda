package dk.kk.registry.query.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.ActionNeeded;
import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.EvaluationView;
import dk.kk.registry.shared.intervention.FundingLineView;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.InterventionView;
import dk.kk.registry.shared.intervention.Stage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a project manager's start page lists an intervention, and why. */
class ActionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Duration GRACE = Duration.ofDays(90);
    private static final FundingLineView LINE = new FundingLineView(
            "f1",
            "TMF",
            FundingSourceKind.MUNICIPAL_POOL,
            money("1000.00"),
            money("1000.00"),
            2026,
            2027,
            null,
            false,
            null,
            List.of());

    @Test
    void anEndWithinNinetyDaysWithoutFundingNeedsBoth() {
        InterventionView ending =
                intervention(TODAY.plusDays(30), Stage.ACTIVE, TODAY.minusMonths(2), List.of(), false);
        assertThat(ActionRules.reasons(ending, TODAY, GRACE))
                .containsExactly(ActionNeeded.PLANNED_END_NEAR, ActionNeeded.NO_FUNDING);
    }

    @Test
    void anEvaluationFallsDueNinetyDaysAfterThePlannedEndAndIsListedFromNinetyDaysBefore() {
        InterventionView ended =
                intervention(TODAY.minusDays(10), Stage.ACTIVE, TODAY.minusMonths(2), List.of(LINE), false);
        assertThat(ActionRules.evaluationDue(ended, GRACE)).isEqualTo(TODAY.plusDays(80));
        assertThat(ActionRules.reasons(ended, TODAY, GRACE)).containsExactly(ActionNeeded.EVALUATION_DUE);
        InterventionView later =
                intervention(TODAY.plusDays(100), Stage.ACTIVE, TODAY.minusMonths(2), List.of(LINE), false);
        assertThat(ActionRules.reasons(later, TODAY, GRACE)).isEmpty();
    }

    @Test
    void anOverdueEvaluationIsSaidOnceAndAStageUnmovedForAYearToo() {
        InterventionView overdue =
                intervention(TODAY.minusYears(2), Stage.ACTIVE, TODAY.minusYears(1), List.of(LINE), true);
        assertThat(ActionRules.reasons(overdue, TODAY, GRACE))
                .containsExactly(ActionNeeded.EVALUATION_OVERDUE, ActionNeeded.STAGE_UNCHANGED);
    }

    @Test
    void aWithdrawnLineIsNoFunding() {
        FundingLineView withdrawn = new FundingLineView(
                "f2",
                "TMF",
                FundingSourceKind.MUNICIPAL_POOL,
                money("1000.00"),
                money("0.00"),
                2026,
                2027,
                null,
                true,
                "Sparet væk",
                List.of());
        assertThat(ActionRules.reasons(
                        intervention(TODAY.plusYears(1), Stage.ACTIVE, TODAY.minusMonths(1), List.of(withdrawn), false),
                        TODAY,
                        GRACE))
                .containsExactly(ActionNeeded.NO_FUNDING);
    }

    @Test
    void anEvaluatedOrClosedInterventionNeedsNoEvaluationAndAClosedOneNothing() {
        EvaluationView evaluation = new EvaluationView(
                "e1",
                UncertainDate.ofNullable(TODAY.minusYears(1)),
                UncertainDate.ofNullable(TODAY),
                EvaluationMethod.MONITORING,
                "TMF",
                EvaluationResult.POSITIVE,
                null,
                List.of(),
                "Godt",
                null,
                Instant.EPOCH);
        InterventionView evaluated = view(
                TODAY.minusDays(10),
                Stage.ACTIVE,
                TODAY.minusMonths(2),
                List.of(LINE),
                List.of(evaluation),
                false,
                null);
        assertThat(ActionRules.evaluationDue(evaluated, GRACE)).isNull();
        assertThat(ActionRules.reasons(evaluated, TODAY, GRACE)).isEmpty();
        InterventionView terminated = view(
                TODAY.plusDays(10),
                Stage.TERMINATED,
                TODAY.minusYears(3),
                List.of(),
                List.of(),
                true,
                TODAY.minusYears(3));
        assertThat(ActionRules.reasons(terminated, TODAY, GRACE)).isEmpty();
    }

    private static InterventionView intervention(
            LocalDate plannedEnd, Stage stage, LocalDate stageSince, List<FundingLineView> funding, boolean overdue) {
        return view(plannedEnd, stage, stageSince, funding, List.of(), overdue, null);
    }

    private static InterventionView view(
            LocalDate plannedEnd,
            Stage stage,
            LocalDate stageSince,
            List<FundingLineView> funding,
            List<EvaluationView> evaluations,
            boolean overdue,
            LocalDate endedOn) {
        return new InterventionView(
                "i1",
                3,
                "Lektiecafé",
                "Beskrivelse",
                InterventionKind.AREA_BASED,
                InterventionCategory.EDUCATION_GUIDANCE,
                "TMF",
                null,
                null,
                Set.of(),
                List.of(),
                null,
                UncertainDate.of(LocalDate.of(2020, 1, 1)),
                UncertainDate.ofNullable(plannedEnd),
                UncertainDate.ofNullable(endedOn),
                stage,
                UncertainDate.ofNullable(stageSince),
                List.of(),
                List.of(),
                funding,
                money("0.00"),
                List.of(),
                money("0.00"),
                evaluations,
                List.of(),
                List.of(),
                overdue,
                false,
                Instant.EPOCH,
                "pm.tmf",
                Instant.EPOCH);
    }

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount), "DKK");
    }
}
