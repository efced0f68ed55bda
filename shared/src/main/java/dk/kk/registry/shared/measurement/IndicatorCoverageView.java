package dk.kk.registry.shared.measurement;

import java.util.List;

/** The years for which an area has a whole-year value of an indicator (what a comparison can compare), ascending. */
public record IndicatorCoverageView(String indicator, String area, List<Integer> years) {}
