package dk.kk.registry.shared.comparison;

import java.util.List;

/** An indicator compared between a baseline and a status year, per area against the comparison area. */
public record ComparisonView(
        String indicator, String comparison, int baseline, int status, List<AreaComparisonView> areas) {}
