package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.web.plan.PlanRequests;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.plan.AnalysisKind;
import dk.kk.registry.shared.plan.PlanStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private PlanForms() {
    }

    /**
     * The version of the plan the form was shown for; a change meanwhile makes the command a conflict. Every plan
     * write may cite its source, as the intervention forms' do ({@link CommandForms.Cited}).
     */
    abstract static class Versioned extends CommandForms.Cited {
        public Long version;

        abstract String reason();

        /** Checks that need several of the form's fields, judged with the field checks (one round, every error). */
        void checkAhead(BindingResult errors) {
        }
    }

    static class Status extends Versioned {
        @NotNull public PlanStatus status;
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) public LocalDate effectiveFrom;
        @NotBlank @Size(max = REASON) public String reason;

        @Override
        String reason() {
            return reason;
        }
    }

    /** One problem or potential at a time, with the indicators and the area's measurements that show it. */
    static class Analysis extends Versioned {
        @NotNull public AnalysisKind kind;
        @NotBlank @Size(max = TEXT) public String description;
        @Size(max = LIST) public List<String> indicators = new ArrayList<>();
        @Size(max = LIST) public List<String> measurements = new ArrayList<>();
        @Size(max = REASON) public String reason;

        @Override
        String reason() {
            return reason;
        }
    }

    static class Mapping extends Versioned {
        @NotBlank @Size(max = ID) public String interventionId;
        @Size(max = TEXT) public String assessment;
        @Size(max = REASON) public String reason;

        @Override
        String reason() {
            return reason;
        }
    }

    static class AddGoal extends Versioned {
        @NotBlank @Size(max = ID) public String goalId;
        @Size(max = REASON) public String reason;

        @Override
        String reason() {
            return reason;
        }
    }

    /** A new goal of the goal aggregate, about the plan's area alone, under the plan's policy; then one of the plan's. */
    static class NewGoal extends Versioned {
        @NotBlank @Size(max = TITLE) public String title;
        @NotBlank @Size(max = ID) public String ownerAdministration;
        @NotBlank @Size(max = ID) public String indicator;
        @Size(max = ID) public String comparisonArea;
        @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) public Integer baselineYear;
        @NotNull public BigDecimal baselineAreaValue;
        @NotNull public BigDecimal baselineComparisonValue;
        @NotNull public GoalTargetType targetType;
        @NotNull public BigDecimal targetValue;
        @Min(FIRST_YEAR) @Max(LAST_YEAR) public Integer deadlineYear;
        @Size(max = REASON) public String reason;

        @Override
        String reason() {
            return reason;
        }

        @Override
        void checkAhead(BindingResult errors) {
            if (baselineYear != null && deadlineYear != null && deadlineYear <= baselineYear
                    && !errors.hasFieldErrors("deadlineYear")) {
                errors.rejectValue("deadlineYear", "plans.deadlineAfterBaseline");
            }
        }
    }

    /**
     * A measure: an intervention of the area or a described tool, the plan goals it serves, and the resources set
     * aside for one year from one kind of source (more years: choose the measure again, or over the API).
     */
    static class Measure extends Versioned {
        @Size(max = ID) public String interventionId;
        @Size(max = TEXT) public String tool;
        @NotEmpty @Size(max = LIST) public List<String> goals = new ArrayList<>();
        public FundingSourceKind sourceKind;
        @Size(max = ID) public String source;
        @Min(FIRST_YEAR) @Max(LAST_YEAR) public Integer resourceYear;
        public BigDecimal amount;
        @Size(max = REASON) public String reason;

        @Override
        String reason() {
            return reason;
        }

        @Override
        void checkAhead(BindingResult errors) {
            boolean intervention = interventionId != null && !interventionId.isBlank();
            boolean described = tool != null && !tool.isBlank();
            if (intervention == described) {
                errors.rejectValue("interventionId", "rule.MeasuresNameOneInterventionOrTool");
            }
            checkResource(errors, sourceKind, source, resourceYear, amount);
        }
    }

    /** The final evaluation: the plan becomes evaluated from a date, with the evaluation's conclusion as the reason. */
    static class Evaluation extends Versioned {
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) public LocalDate effectiveFrom;
        @NotBlank @Size(max = REASON) public String reason;

        @Override
        String reason() {
            return reason;
        }
    }

    /**
     * A resource line is whole or absent: a kind of source, a year and an exact amount above zero, or none of them
     * (a measure without resources is a gap of the change strategy, not an error).
     */
    static void checkResource(BindingResult errors, FundingSourceKind sourceKind, String source, Integer year,
            BigDecimal amount) {
        boolean anyResource = sourceKind != null || year != null || amount != null
                || (source != null && !source.isBlank());
        if (anyResource) {
            required(errors, "sourceKind", sourceKind);
            required(errors, "resourceYear", year);
            required(errors, "amount", amount);
        }
        if (amount != null && !errors.hasFieldErrors("amount")) {
            if (amount.signum() <= 0) {
                errors.rejectValue("amount", "rule.ResourcesArePositive");
            } else if (amount.stripTrailingZeros().scale() > 2) {
                errors.rejectValue("amount", "plans.amountExact");
            }
        }
    }

    private static void required(BindingResult errors, String field, Object value) {
        if (value == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "NotNull");
        }
    }
}
