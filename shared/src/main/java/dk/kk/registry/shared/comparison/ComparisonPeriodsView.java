package dk.kk.registry.shared.comparison;

/**
 * The period each value of a comparison was measured for, as its source states it: the year itself ("2024") or an
 * uncertain period that may be it ("2024?", "2023/2024"); null where there is no value.
 */
public record ComparisonPeriodsView(
        String baseline, String status, String comparisonBaseline, String comparisonStatus) {}
