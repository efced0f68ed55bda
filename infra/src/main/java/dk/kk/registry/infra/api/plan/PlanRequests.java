package dk.kk.registry.infra.api.plan;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.plan.AnalysisItem;
import dk.kk.registry.shared.plan.AnalysisKind;
import dk.kk.registry.shared.plan.PlanResource;
import dk.kk.registry.shared.plan.PlanStatus;
import dk.kk.registry.shared.plan.Progress;
import dk.kk.registry.shared.plan.ProgressNote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the development-plan commands (API.md, "Development plans and the change strategy"). */
public final class PlanRequests {

    public static final int ID = 64;
    public static final int TITLE = 300;
    public static final int TEXT = 10_000;
    public static final int REASON = 2_000;
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    public static final int LIST = 100;

    private PlanRequests() {}

    record CreatePlan(
            @NotBlank @Size(max = ID) String area,
            @NotBlank @Size(max = ID) String policy,
            @NotBlank @Size(max = TITLE) String title,
            @Size(max = TEXT) String purpose,
            @Min(1) @Max(10) Integer wave,
            @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer budgetYear,
            @Size(max = 10) List<@NotBlank @Size(max = TEXT) String> timing,
            @Size(max = REASON) String reason) {}

    record ChangeStatus(
            @NotNull PlanStatus status,
            @NotNull LocalDate effectiveFrom,
            @NotBlank @Size(max = REASON) String reason) {}

    record Analysis(
            @NotEmpty @Size(max = LIST) List<@NotNull @Valid Item> items,
            @Size(max = REASON) String reason) {}

    record Item(
            @NotNull AnalysisKind kind,
            @NotBlank @Size(max = TEXT) String description,
            @Size(max = LIST) List<@NotBlank @Size(max = ID) String> indicators,
            @Size(max = LIST) List<@NotBlank @Size(max = ID) String> measurements) {

        AnalysisItem toItem() {
            return new AnalysisItem(kind, description, indicators, measurements);
        }
    }

    record MapIntervention(
            @NotBlank @Size(max = ID) String interventionId,
            @Size(max = TEXT) String assessment,
            @Size(max = REASON) String reason) {}

    record AddGoal(
            @NotBlank @Size(max = ID) String goalId,
            @Size(max = REASON) String reason) {}

    record Removal(@NotBlank @Size(max = REASON) String reason) {}

    record ChooseMeasure(
            @Size(max = ID) String interventionId,
            @Size(max = TEXT) String tool,
            @NotEmpty @Size(max = LIST) List<@NotBlank @Size(max = ID) String> goals,
            @Size(max = 200) List<@NotNull @Valid Resource> resources,
            @Size(max = REASON) String reason) {}

    record Resource(
            @NotNull FundingSourceKind sourceKind,
            @Size(max = ID) String source,
            @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year,
            @NotNull @Valid Money amount) {

        PlanResource toResource() {
            return new PlanResource(sourceKind, source, year, amount);
        }
    }

    record FollowUp(
            @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year,
            @Size(max = LIST) List<@NotNull @Valid Note> goals,
            @Size(max = LIST) List<@NotNull @Valid Note> measures,
            @Size(max = TEXT) String summary,
            @Size(max = REASON) String reason) {}

    /** A correction replaces the whole follow-up of its year. */
    record CorrectFollowUp(
            @Size(max = LIST) List<@NotNull @Valid Note> goals,
            @Size(max = LIST) List<@NotNull @Valid Note> measures,
            @Size(max = TEXT) String summary,
            @NotBlank @Size(max = REASON) String reason) {}

    record Note(
            @NotBlank @Size(max = ID) String subject,
            @NotNull Progress progress,
            @Size(max = TEXT) String note) {

        ProgressNote toNote() {
            return new ProgressNote(subject, progress, note);
        }
    }

    static List<ProgressNote> notes(List<Note> notes) {
        return notes == null ? List.of() : notes.stream().map(Note::toNote).toList();
    }

    record Written(String id, long version, String measureId) {}
}
