package dk.kk.registry.shared.intervention;

/**
 * The current interventions that still owe an evaluation and are not yet overdue: a planned end, not evaluated, neither
 * embedded nor terminated. Answered by an {@link InterventionsOwingEvaluationView}, ordered by id.
 */
public record FindInterventionsOwingEvaluationQuery() {}
