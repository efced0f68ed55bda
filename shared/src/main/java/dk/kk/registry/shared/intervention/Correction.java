package dk.kk.registry.shared.intervention;

/**
 * New values for the facts one earlier event recorded: one record per kind of correctable event, each with exactly the
 * fields that event recorded. A field left null stays as recorded.
 */
public sealed interface Correction
        permits RegistrationCorrection,
                AreaAdditionCorrection,
                AreaRemovalCorrection,
                PartnerJoiningCorrection,
                PartnerDepartureCorrection,
                FundingGrantCorrection,
                FundingAdjustmentCorrection,
                ExpenditureCorrection,
                StageChangeCorrection,
                PlannedEndExtensionCorrection,
                EvaluationCorrection,
                EmbeddingCorrection,
                ScalingCorrection,
                TerminationCorrection {

    /** The kind of event this corrects. */
    CorrectableEvent kind();

    /** Whether it gives no value at all. */
    boolean givesNothing();

    /**
     * This correction's values, and the given one's where this gives none: what an event reads once corrected.
     * {@code recorded} is of the same kind.
     */
    Correction over(Correction recorded);

    static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
