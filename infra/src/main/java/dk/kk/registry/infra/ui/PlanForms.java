package dk.kk.registry.infra.ui;

import static dk.kk.registry.infra.ui.FormValues.blankToNull;

import dk.kk.registry.infra.api.plan.PlanRequests;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.intervention.FundingSourceKind;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * What the development plan's task forms hold while the user fills them in: the fields of the API's bodies
 * (PlanRequests), with the same limits, and the version of the plan the form was shown at. Public fields, written
 * directly by the binder ({@link AdmissibleFormText}), so a form that comes back with errors shows what was typed.
 */
final class PlanForms {

    static final int ID = PlanRequests.ID;
    static final int TITLE = PlanRequests.TITLE;
    static final int TEXT = PlanRequests.TEXT;
    static final int REASON = PlanRequests.REASON;
    static final int FIRST_YEAR = PlanRequests.FIRST_YEAR;
    static final int LAST_YEAR = PlanRequests.LAST_YEAR;
    static final int LIST = PlanRequests.LIST;

    private PlanForms() {}

    /**
     * The version of the plan the form was shown for; a change meanwhile makes the command a conflict. Every plan
     * write may cite its source, as the intervention forms' do ({@link CommandForms.Cited}).
     */
    abstract static class Versioned extends CommandForms.Cited {
        public Long version;
    }

    static class Status extends Versioned {
        @NotNull
        public PlanStatus status;

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate effectiveFrom;

        @NotBlank
        @Size(max = REASON)
        public String reason;
    }

    /** One problem or potential at a time, with the indicators and the area's measurements that show it. */
    static class Analysis extends Versioned {
        @NotNull
        public AnalysisKind kind;

        @NotBlank
        @Size(max = TEXT)
        public String description;

        @Size(max = LIST)
        public List<String> indicators = new ArrayList<>();

        @Size(max = LIST)
        public List<String> measurements = new ArrayList<>();

        @Size(max = REASON)
        public String reason;
    }

    static class Mapping extends Versioned {
        @NotBlank
        @Size(max = ID)
        public String interventionId;

        @Size(max = TEXT)
        public String assessment;

        @Size(max = REASON)
        public String reason;
    }

    static class AddGoal extends Versioned {
        @NotBlank
        @Size(max = ID)
        public String goalId;

        @Size(max = REASON)
        public String reason;
    }

    /** A new goal of the goal aggregate, about the plan's area alone, under the plan's policy; then one of the plan's. */
    static class NewGoal extends Versioned {
        @NotBlank
        @Size(max = TITLE)
        public String title;

        @NotBlank
        @Size(max = ID)
        public String ownerAdministration;

        @NotBlank
        @Size(max = ID)
        public String indicator;

        @Size(max = ID)
        public String comparisonArea;

        @NotNull
        @Min(FIRST_YEAR)
        @Max(LAST_YEAR)
        public Integer baselineYear;

        @NotNull
        public BigDecimal baselineAreaValue;

        @NotNull
        public BigDecimal baselineComparisonValue;

        @NotNull
        public GoalTargetType targetType;

        @NotNull
        public BigDecimal targetValue;

        @Min(FIRST_YEAR)
        @Max(LAST_YEAR)
        public Integer deadlineYear;

        @Size(max = REASON)
        public String reason;

        @Override
        void checkAhead(BindingResult errors) {
            if (baselineYear != null
                    && deadlineYear != null
                    && deadlineYear <= baselineYear
                    && !errors.hasFieldErrors("deadlineYear")) {
                errors.rejectValue("deadlineYear", "plans.deadlineAfterBaseline");
            }
        }
    }

    /**
     * A measure: an intervention of the area or a described tool, the plan goals it serves, and the resources set
     * aside for it, one line per source and year (a blank line is left out; every line's errors are shown at once).
     */
    static class Measure extends Versioned {
        /** The lines the form offers when it is first shown, and how many more "more lines" adds. */
        static final int LINES = 3;

        @Size(max = ID)
        public String interventionId;

        @Size(max = TEXT)
        public String tool;

        @NotEmpty
        @Size(max = LIST)
        public List<String> goals = new ArrayList<>();

        @Valid
        @Size(max = LIST)
        public List<ResourceLine> resources = ResourceLine.blank(LINES);

        @Size(max = REASON)
        public String reason;
        /** Set by the form's "more lines" button: the form comes back with more blank lines, nothing is sent. */
        @Size(max = ID)
        public String moreLines;

        @Override
        void checkAhead(BindingResult errors) {
            boolean intervention = interventionId != null && !interventionId.isBlank();
            boolean described = tool != null && !tool.isBlank();
            if (intervention == described) {
                errors.rejectValue("interventionId", "rule.MeasuresNameOneInterventionOrTool");
            }
            Set<List<Object>> seen = new HashSet<>();
            for (int i = 0; i < resources.size(); i++) {
                ResourceLine line = resources.get(i);
                String at = "resources[" + i + "].";
                if (line == null) {
                    continue;
                }
                checkResource(
                        errors,
                        at + "sourceKind",
                        at + "year",
                        at + "amount",
                        line.sourceKind,
                        line.source,
                        line.year,
                        line.amount);
                if (!line.isBlank()
                        && line.sourceKind != null
                        && line.year != null
                        && !seen.add(Arrays.asList(line.sourceKind, blankToNull(line.source), line.year))
                        && !errors.hasFieldErrors(at + "year")) {
                    errors.rejectValue(at + "year", "plans.resourceLineTwice");
                }
            }
        }

        /**
         * The filled lines as the command's resources; the form's lines become those same lines (then blank ones),
         * so that a line the registry refuses by its index is the line the form shows at that index.
         */
        List<PlanResource> planResources() {
            List<ResourceLine> filled = resources.stream()
                    .filter(line -> line != null && !line.isBlank())
                    .toList();
            List<ResourceLine> lines = new ArrayList<>(filled);
            lines.addAll(ResourceLine.blank(Math.max(1, resources.size() - filled.size())));
            resources = lines;
            return filled.stream()
                    .map(line -> new PlanResource(
                            line.sourceKind, blankToNull(line.source), line.year, new Money(line.amount, Money.DKK)))
                    .toList();
        }
    }

    /** One line of a measure's resources: how much, from which kind of source (and organisation), for which year. */
    public static class ResourceLine {
        public FundingSourceKind sourceKind;

        @Size(max = ID)
        public String source;

        @Min(FIRST_YEAR)
        @Max(LAST_YEAR)
        public Integer year;

        public BigDecimal amount;

        boolean isBlank() {
            return sourceKind == null && year == null && amount == null && blankToNull(source) == null;
        }

        static List<ResourceLine> blank(int count) {
            List<ResourceLine> lines = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                lines.add(new ResourceLine());
            }
            return lines;
        }
    }

    /**
     * A year's follow-up: a summary and, for each of the plan's goals and measures, its progress and a note (each
     * optional; a note needs its progress). A correction replaces the year's whole follow-up and needs a reason.
     */
    static class FollowUp extends Versioned {
        @NotNull
        @Min(FIRST_YEAR)
        @Max(LAST_YEAR)
        public Integer year;

        @Size(max = TEXT)
        public String summary;

        @Valid
        @Size(max = LIST)
        public List<Note> goals = new ArrayList<>();

        @Valid
        @Size(max = LIST)
        public List<Note> measures = new ArrayList<>();

        @Size(max = REASON)
        public String reason;
        /** Whether the form corrects the year's recorded follow-up. */
        public boolean correction;

        @Override
        void checkAhead(BindingResult errors) {
            if (correction && blankToNull(reason) == null && !errors.hasFieldErrors("reason")) {
                errors.rejectValue("reason", "NotBlank");
            }
            check(errors, "goals", goals);
            check(errors, "measures", measures);
        }

        private static void check(BindingResult errors, String field, List<Note> notes) {
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                String at = field + "[" + i + "].progress";
                if (note != null
                        && note.progress == null
                        && blankToNull(note.note) != null
                        && !errors.hasFieldErrors(at)) {
                    errors.rejectValue(at, "plans.progressForTheNote");
                }
            }
        }

        /** The notes the user wrote: those with a progress (the others are left out). */
        static List<ProgressNote> notes(List<Note> notes) {
            return notes.stream()
                    .filter(note -> note != null && note.progress != null && blankToNull(note.subject) != null)
                    .map(note -> new ProgressNote(note.subject.strip(), note.progress, blankToNull(note.note)))
                    .toList();
        }
    }

    /** The follow-up's word on one goal or measure ({@code subject}, its id, is a hidden field of the form). */
    public static class Note {
        @Size(max = ID)
        public String subject;

        public Progress progress;

        @Size(max = TEXT)
        public String note;

        Note() {}

        Note(String subject, Progress progress, String note) {
            this.subject = subject;
            this.progress = progress;
            this.note = note;
        }
    }

    /** Takes something the plan holds out of it (a mapped intervention, a goal); the reason is required. */
    static class Removal extends Versioned {
        @NotBlank
        @Size(max = REASON)
        public String reason;
    }

    /** The final evaluation: the plan becomes evaluated from a date, with the evaluation's conclusion as the reason. */
    static class Evaluation extends Versioned {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate effectiveFrom;

        @NotBlank
        @Size(max = REASON)
        public String reason;
    }

    /**
     * A resource line is whole or absent: a kind of source, a year and an exact amount above zero, or none of them
     * (a measure without resources is a gap of the change strategy, not an error). The fields are the form's names
     * of the line's kind, year and amount.
     */
    static void checkResource(
            BindingResult errors,
            String kindField,
            String yearField,
            String amountField,
            FundingSourceKind sourceKind,
            String source,
            Integer year,
            BigDecimal amount) {
        boolean anyResource =
                sourceKind != null || year != null || amount != null || (source != null && !source.isBlank());
        if (anyResource) {
            required(errors, kindField, sourceKind);
            required(errors, yearField, year);
            required(errors, amountField, amount);
        }
        if (amount != null && !errors.hasFieldErrors(amountField)) {
            if (amount.signum() <= 0) {
                errors.rejectValue(amountField, "rule.ResourcesArePositive");
            } else if (amount.stripTrailingZeros().scale() > 2) {
                errors.rejectValue(amountField, "plans.amountExact");
            }
        }
    }

    private static void required(BindingResult errors, String field, Object value) {
        if (value == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "NotNull");
        }
    }
}
