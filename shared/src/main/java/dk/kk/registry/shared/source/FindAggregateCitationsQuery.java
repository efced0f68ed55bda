package dk.kk.registry.shared.source;

import java.time.Instant;
import java.util.List;

/** The citations of every event of the given aggregates, oldest first, as known at asOf (now when null). */
public record FindAggregateCitationsQuery(List<String> aggregateIds, Instant asOf) {}
