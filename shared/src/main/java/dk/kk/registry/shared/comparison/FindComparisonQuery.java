package dk.kk.registry.shared.comparison;

import java.time.Instant;
import java.util.List;

/** Compare an indicator in areas against a comparison area between a baseline and a status year, as known at asOf. */
public record FindComparisonQuery(
        String indicator, List<String> areas, String comparison, int baseline, int status, Instant asOf) {}
