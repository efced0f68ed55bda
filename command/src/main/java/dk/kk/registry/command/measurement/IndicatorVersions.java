package dk.kk.registry.command.measurement;

import java.util.OptionalInt;

/**
 * Which version of an indicator's definition is current, consistently with the event store (like
 * {@link dk.kk.registry.command.common.ReferenceCatalog}); empty when no indicator has that id.
 */
public interface IndicatorVersions {

    OptionalInt current(String indicatorId);
}
