package dk.kk.registry.shared.screening;

import java.util.List;

/** How a policy's criteria become a screening: the criteria and how many of them an area must meet to be proposed. */
public record ScreeningRule(List<ScreeningCriterion> criteria, int minimumMet) {}
