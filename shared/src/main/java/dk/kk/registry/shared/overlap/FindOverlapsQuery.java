package dk.kk.registry.shared.overlap;

import java.time.Instant;

/** Pairs of interventions that ran at the same time in the same area (optional filter), as known at asOf. */
public record FindOverlapsQuery(String area, Instant asOf, int page, int size) {}
