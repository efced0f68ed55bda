package dk.kk.registry.shared.indicator;

import org.axonframework.serialization.Revision;

/** An indicator is measured in a unit, improves in a direction and comes from a data source. */
@Revision("1")
public record IndicatorDefinedEvent(String indicatorId, String name, Unit unit, Direction direction, String source) {}
