package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainValue;

/**
 * How the gap to the comparison moved per year before the baseline, from the earliest earlier year with data for both;
 * {@code certainty} is POSSIBLE where a value it uses only may be for its year.
 */
public record PreTrendView(int fromYear, UncertainValue gapChangePerYear, Certainty certainty) {}
