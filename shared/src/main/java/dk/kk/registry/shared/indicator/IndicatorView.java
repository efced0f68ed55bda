package dk.kk.registry.shared.indicator;

/** An indicator with its unit, direction and source. */
public record IndicatorView(
        String id,
        String name,
        Unit unit,
        Direction direction,
        String source) {
}
