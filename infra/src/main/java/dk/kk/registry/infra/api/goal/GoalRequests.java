package dk.kk.registry.infra.api.goal;

import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalOutcome;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.Target;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The bodies of the goal commands (API.md, "Goals, measurements, evaluation"). */
final class GoalRequests {

    static final int ID = 64;
    static final int TITLE = 300;
    static final int TEXT = 10_000;
    static final int NOTE = 2_000;
    static final int REASON = 2_000;
    static final int REFERENCE = 100;
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private GoalRequests() {}

    record SetGoal(
            @NotBlank @Size(max = TITLE) String title,
            @NotBlank @Size(max = ID) String policy,
            @NotBlank @Size(max = ID) String ownerAdministration,
            @NotBlank @Size(max = ID) String indicator,
            @Size(max = 200) List<@NotBlank @Size(max = ID) String> areas,
            @Size(max = ID) String comparisonArea,
            @NotNull @Valid BaselineBody baseline,
            @NotNull @Valid TargetBody target,
            @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer deadlineYear,
            @Size(max = REASON) String reason) {}

    record BaselineBody(
            @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year,
            @NotNull UncertainValue areaValue,
            UncertainValue comparisonValue) {

        Baseline toBaseline() {
            return new Baseline(year, areaValue, comparisonValue);
        }
    }

    record TargetBody(@NotNull GoalTargetType type, @NotNull BigDecimal value) {

        Target toTarget() {
            return new Target(type, value);
        }
    }

    record ReportStatus(
            @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year,
            @NotNull UncertainValue areaValue,
            UncertainValue comparisonValue,
            @Size(max = TEXT) String commentary,
            @Size(max = NOTE) String dataQualityNote,
            @Size(max = REFERENCE) String caseReference,
            @Size(max = REASON) String reason) {}

    /** Fields left out keep their reported value; a blank text removes it. */
    record CorrectStatus(
            UncertainValue areaValue,
            UncertainValue comparisonValue,
            @Size(max = TEXT) String commentary,
            @Size(max = NOTE) String dataQualityNote,
            @Size(max = REFERENCE) String caseReference,
            @NotBlank @Size(max = REASON) String reason) {}

    record ReviseTarget(
            @NotNull @Valid TargetBody target,
            @NotBlank @Size(max = REASON) String reason) {}

    record Conclude(
            @NotNull GoalOutcome outcome,
            @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year,
            @NotBlank @Size(max = REASON) String reason) {}

    /** What a write answers: the goal's id and its new version. */
    record Written(String id, long version) {}
}
