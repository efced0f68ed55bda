package dk.kk.registry.shared.intervention;

import java.time.Instant;

/** Interventions whose evaluation the registry has recorded as overdue, as known at asOf (null: now); paged. */
public record FindOverdueEvaluationsQuery(Instant asOf, int page, int size) {}
