package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.intervention.Registrations.ID;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.EffectEstimate;
import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationRecordedEvent;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.RecordEvaluationCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A valid evaluation of the first two years of the registered intervention; a test overrides what it is about. */
final class Evaluations {

    static final String EVALUATOR = "vive";

    private String evaluationId = "evaluation-2021-2022";
    private LocalDate periodFrom = LocalDate.of(2021, 1, 1);
    private LocalDate periodTo = LocalDate.of(2022, 12, 31);
    private EvaluationMethod method = EvaluationMethod.BEFORE_AFTER;
    private String evaluator = EVALUATOR;
    private EvaluationResult result = EvaluationResult.POSITIVE;
    private Integer evidenceLevel = 2;
    private List<EffectEstimate> estimates = List.of();
    private String summary = "Perceived safety at night rose in the area.";
    private String reportReference = "2023-0004567";

    private Evaluations() {}

    static Evaluations evaluation() {
        return new Evaluations();
    }

    static EvaluationRecordedEvent evaluated() {
        return evaluation().event();
    }

    /** An estimate of the change in perceived safety in Tingbjerg/Husum, in percentage points. */
    static EffectEstimate estimate(String effect, String low, String high) {
        return new EffectEstimate(
                "perceived-safety",
                Registrations.AREA,
                new BigDecimal(effect),
                low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high));
    }

    Evaluations period(LocalDate from, LocalDate to) {
        this.periodFrom = from;
        this.periodTo = to;
        return this;
    }

    Evaluations method(EvaluationMethod method) {
        this.method = method;
        return this;
    }

    Evaluations evaluator(String organisation) {
        this.evaluator = organisation;
        return this;
    }

    Evaluations result(EvaluationResult result) {
        this.result = result;
        return this;
    }

    Evaluations evidenceLevel(Integer level) {
        this.evidenceLevel = level;
        return this;
    }

    Evaluations estimates(EffectEstimate... estimates) {
        this.estimates = List.of(estimates);
        return this;
    }

    RecordEvaluationCommand command() {
        return new RecordEvaluationCommand(
                ID,
                null,
                evaluationId,
                UncertainDate.ofNullable(periodFrom),
                UncertainDate.ofNullable(periodTo),
                method,
                evaluator,
                result,
                evidenceLevel,
                estimates,
                summary,
                reportReference);
    }

    EvaluationRecordedEvent event() {
        return new EvaluationRecordedEvent(
                ID,
                evaluationId,
                UncertainDate.ofNullable(periodFrom),
                UncertainDate.ofNullable(periodTo),
                method,
                evaluator,
                result,
                evidenceLevel,
                estimates,
                summary,
                reportReference);
    }
}
