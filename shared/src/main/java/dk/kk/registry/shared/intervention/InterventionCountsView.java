package dk.kk.registry.shared.intervention;

/**
 * The current interventions neither embedded nor terminated ({@code active}), and those whose evaluation is overdue as
 * the overdue-evaluations list counts them.
 */
public record InterventionCountsView(long active, long overdueEvaluations) {}
