package dk.kk.registry.shared.indicator;

import org.axonframework.serialization.Revision;

/**
 * An indicator has a new definition, numbered {@code version} (the definition recorded by
 * {@link IndicatorDefinedEvent} is version 1). Measurements recorded from now on name this version.
 */
@Revision("1")
public record IndicatorRedefinedEvent(
        String indicatorId, int version, String name, Unit unit, Direction direction, String source) {}
