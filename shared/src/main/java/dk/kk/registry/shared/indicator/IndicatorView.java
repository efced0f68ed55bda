package dk.kk.registry.shared.indicator;

import java.util.List;

/** An indicator with its current unit, direction and source, its current version and every version before it. */
public record IndicatorView(
        String id,
        String name,
        Unit unit,
        Direction direction,
        String source,
        int version,
        List<IndicatorVersionView> versions) {}
