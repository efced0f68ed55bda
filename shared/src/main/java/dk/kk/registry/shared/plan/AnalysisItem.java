package dk.kk.registry.shared.plan;

import java.util.List;

/** A problem or potential of the area, with its evidence: the indicators and the measurements that show it. */
public record AnalysisItem(AnalysisKind kind, String description, List<String> indicators, List<String> measurements) {}
