package dk.kk.registry.infra.ui;

import dk.kk.registry.command.intervention.OrderOfDates;
import dk.kk.registry.infra.http.RequestContext;
import dk.kk.registry.shared.common.Citation;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.DecisionType;
import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.TargetGroup;
import dk.kk.registry.shared.source.SourceKind;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;

/**
 * What the intervention forms hold while the user fills them in: the fields of the API's bodies (InterventionRequests),
 * with the same limits, and the version the form was read at. The binder writes the fields directly
 * ({@link InterventionForms}), so a form that comes back with errors shows exactly what was typed.
 */
final class CommandForms {

    static final int ID = 64;
    static final int TITLE = 200;
    static final int TEXT = 10_000;
    static final int REASON = 2_000;
    static final int REFERENCE = 100;

    private CommandForms() {}

    /**
     * The source a form's write may cite, as the API's top-level {@code "source"} object: a registered source chosen
     * from the list, the place in it, its words and a note. Sent through {@link RequestContext#cite}, so the events
     * carry the same metadata {@code citation} as the API's, and the same rule ({@code CitationsNameKnownSources})
     * judges it; its refusals come back beside these fields ({@link FormErrors}).
     */
    abstract static class Cited {
        @Size(max = 200)
        public String citationSource;

        @Size(max = Citation.MAX_LOCATOR)
        public String citationLocator;

        @Size(max = Citation.MAX_QUOTATION)
        public String citationQuotation;

        @Size(max = Citation.MAX_NOTE)
        public String citationNote;

        /** Cites the chosen source for the writes of this request; a place or words without a source is an error. */
        void cite(BindingResult errors) {
            if (blank(citationSource)) {
                if (!(blank(citationLocator) && blank(citationQuotation) && blank(citationNote))) {
                    errors.rejectValue("citationSource", "citation.sourceMissing");
                }
                return;
            }
            RequestContext.cite(new Citation(citationSource.strip(), citationLocator, citationQuotation, citationNote));
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        /** The command's rules on this form's fields alone, judged beside the field checks (one round, every error). */
        void checkAhead(BindingResult errors) {}

        // Bean properties too: a page that shows the form before any binding reads them through getters.
        public String getCitationSource() {
            return citationSource;
        }

        public void setCitationSource(String citationSource) {
            this.citationSource = citationSource;
        }

        public String getCitationLocator() {
            return citationLocator;
        }

        public void setCitationLocator(String citationLocator) {
            this.citationLocator = citationLocator;
        }

        public String getCitationQuotation() {
            return citationQuotation;
        }

        public void setCitationQuotation(String citationQuotation) {
            this.citationQuotation = citationQuotation;
        }

        public String getCitationNote() {
            return citationNote;
        }

        public void setCitationNote(String citationNote) {
            this.citationNote = citationNote;
        }
    }

    /** The version of the intervention the form was shown for; a change meanwhile makes the command a conflict. */
    abstract static class Versioned extends Cited {
        public Long version;

        @Size(max = REASON)
        public String reason;
    }

    static class Register extends Cited {
        @NotBlank
        @Size(max = TITLE)
        public String title;

        @Size(max = TEXT)
        public String description;

        @NotNull
        public InterventionKind kind;

        @NotNull
        public InterventionCategory category;

        @NotBlank
        @Size(max = ID)
        public String leadAdministration;

        @NotEmpty
        public List<String> areas = new ArrayList<>();

        public Set<TargetGroup> targetGroups = new LinkedHashSet<>();
        public List<String> goals = new ArrayList<>();

        @NotNull
        public UncertainDate plannedStart;

        public UncertainDate plannedEnd;

        @Size(max = REFERENCE)
        public String caseReference;

        @Size(max = REASON)
        public String reason;

        @Override
        void checkAhead(BindingResult errors) {
            FormErrors.alsoCheck(errors, () -> OrderOfDates.plannedPeriod(plannedStart, plannedEnd));
        }
    }

    static class Details extends Versioned {
        @NotBlank
        @Size(max = TITLE)
        public String title;

        @Size(max = TEXT)
        public String description;

        @NotNull
        public InterventionCategory category;

        public Set<TargetGroup> targetGroups = new LinkedHashSet<>();
    }

    static class AddArea extends Versioned {
        @NotBlank
        @Size(max = ID)
        public String areaId;

        @NotNull
        public UncertainDate effectiveFrom;
    }

    static class RemoveArea extends Versioned {
        @NotNull
        public UncertainDate effectiveTo;

        @NotBlank
        @Size(max = REASON)
        public String reason;
    }

    static class JoinPartner extends Versioned {
        @NotBlank
        @Size(max = ID)
        public String organisationId;

        @NotNull
        public PartnerRole role;

        @NotNull
        public UncertainDate effectiveFrom;
    }

    static class PartnerDeparture extends Versioned {
        @NotNull
        public UncertainDate effectiveTo;

        @NotBlank
        @Size(max = REASON)
        public String reason;
    }

    static class GrantFunding extends Versioned {
        @NotBlank
        @Size(max = ID)
        public String source;

        @NotNull
        public FundingSourceKind sourceKind;

        @NotNull
        @Digits(integer = 12, fraction = 2)
        public BigDecimal amount;

        @NotNull
        @Min(1990)
        @Max(2100)
        public Integer fromYear;

        @NotNull
        @Min(1990)
        @Max(2100)
        public Integer toYear;

        @Size(max = REFERENCE)
        public String decisionReference;

        @Override
        void checkAhead(BindingResult errors) {
            FormErrors.alsoCheck(errors, () -> OrderOfDates.fundingYears(fromYear, toYear));
        }
    }

    static class AdjustFunding extends Versioned {
        @NotNull
        @Digits(integer = 12, fraction = 2)
        public BigDecimal amount;

        @NotBlank
        @Size(max = REASON)
        public String reason;
    }

    static class WithdrawFunding extends Versioned {
        @NotBlank
        @Size(max = REASON)
        public String reason;
    }

    static class RecordExpenditure extends Versioned {
        @NotNull
        @Min(1990)
        @Max(2100)
        public Integer year;

        @NotNull
        @Digits(integer = 12, fraction = 2)
        public BigDecimal amount;
    }

    static class ChangeStage extends Versioned {
        @NotNull
        public Stage stage;

        @NotNull
        public UncertainDate effectiveFrom;
    }

    static class LinkPolicy extends Versioned {
        @NotBlank
        @Size(max = ID)
        public String policy;
    }

    static class Extend extends Versioned {
        @NotNull
        public UncertainDate plannedEnd;

        @NotBlank
        @Size(max = REASON)
        public String reason;
    }

    static class RecordEvaluation extends Versioned {
        @NotNull
        public UncertainDate periodFrom;

        @NotNull
        public UncertainDate periodTo;

        @NotNull
        public EvaluationMethod method;

        @NotBlank
        @Size(max = ID)
        public String evaluator;

        @NotNull
        public EvaluationResult result;

        @Min(1)
        @Max(5)
        public Integer evidenceLevel;

        @Size(max = TEXT)
        public String summary;

        @Size(max = REFERENCE)
        public String reportReference;

        @Override
        void checkAhead(BindingResult errors) {
            FormErrors.alsoCheck(errors, () -> OrderOfDates.evaluatedPeriod(periodFrom, periodTo));
        }
    }

    static class Decide extends Versioned {
        @NotNull
        public DecisionType decision;

        @NotNull
        public UncertainDate effectiveFrom;

        @NotBlank
        @Size(max = REASON)
        public String reason;

        public List<String> areas = new ArrayList<>();

        @Size(max = ID)
        public String administration;
    }

    /** A correction names the earlier event and gives new values for the fields of that event only. */
    static class Correct extends Versioned {
        @NotBlank
        @Size(max = 255)
        public String eventId;

        @NotBlank
        @Size(max = REASON)
        public String reason;

        @Size(max = TITLE)
        public String title;

        @Size(max = TEXT)
        public String description;

        public UncertainDate plannedStart;
        public UncertainDate plannedEnd;

        @Size(max = REFERENCE)
        public String caseReference;

        public UncertainDate effectiveFrom;
        public UncertainDate effectiveTo;
        public PartnerRole role;

        @Digits(integer = 12, fraction = 2)
        public BigDecimal amount;

        public Integer fromYear;
        public Integer toYear;
        public Integer year;

        @Size(max = REFERENCE)
        public String decisionReference;

        public UncertainDate periodFrom;
        public UncertainDate periodTo;
        public EvaluationResult result;

        @Size(max = TEXT)
        public String summary;

        @Size(max = REFERENCE)
        public String reportReference;
    }

    /** A source as the API registers it (SourceController's body): its slug, title, publisher, date as stated. */
    static class RegisterSource {
        @NotBlank
        @Size(max = ID)
        public String id;

        @NotBlank
        @Size(max = 300)
        public String title;

        @Size(max = 200)
        public String publisher;

        public UncertainDate published;

        @Size(max = 500)
        public String identifier;

        @NotNull
        public SourceKind kind;

        @Size(max = 2000)
        public String note;

        @Size(max = REASON)
        public String reason;
    }
}
