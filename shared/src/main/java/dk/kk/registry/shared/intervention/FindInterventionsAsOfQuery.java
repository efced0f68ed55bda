package dk.kk.registry.shared.intervention;

import java.time.Instant;

/**
 * The full views of the interventions known at asOf (not null), in id order, the first {@code limit} after
 * {@code afterId} (empty: from the start): keyset batches, so a caller can stream every intervention.
 */
public record FindInterventionsAsOfQuery(Instant asOf, String afterId, int limit) {}
