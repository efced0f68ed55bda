package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects an {@link EvaluationRecordedEvent}: the period evaluated, the result, the summary and the report. */
public record EvaluationCorrection(
        UncertainDate periodFrom,
        UncertainDate periodTo,
        EvaluationResult result,
        String summary,
        String reportReference)
        implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.EVALUATION_RECORDED;
    }

    @Override
    public boolean givesNothing() {
        return periodFrom == null && periodTo == null && result == null && summary == null && reportReference == null;
    }

    @Override
    public Correction over(Correction recorded) {
        EvaluationCorrection r = (EvaluationCorrection) recorded;
        return new EvaluationCorrection(
                Correction.or(periodFrom, r.periodFrom),
                Correction.or(periodTo, r.periodTo),
                Correction.or(result, r.result),
                Correction.or(summary, r.summary),
                Correction.or(reportReference, r.reportReference));
    }
}
