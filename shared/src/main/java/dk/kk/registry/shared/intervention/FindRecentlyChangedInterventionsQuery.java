package dk.kk.registry.shared.intervention;

import java.time.Instant;

/**
 * The interventions changed most recently (by transaction time, newest first), as known at asOf (null: now);
 * optionally only those an administration leads or takes part in. The start page's "recent changes".
 */
public record FindRecentlyChangedInterventionsQuery(String administration, Instant asOf, int size) {}
