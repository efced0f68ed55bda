package dk.kk.registry.shared.evaluation;

import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.InterventionCategory;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Every evaluation recorded, with optional filters: the intervention's category, the method, the result, and a
 * period (from/to, inclusive) that the evaluated period must overlap; as known at asOf.
 */
public record FindEvaluationsQuery(
        InterventionCategory category,
        EvaluationMethod method,
        EvaluationResult result,
        LocalDate from,
        LocalDate to,
        Instant asOf,
        int page,
        int size) {}
