package dk.kk.registry.shared.source;

import java.time.Instant;

/** Sources, optionally of one kind, as known at asOf. */
public record ListSourcesQuery(SourceKind kind, Instant asOf, int page, int size) {}
