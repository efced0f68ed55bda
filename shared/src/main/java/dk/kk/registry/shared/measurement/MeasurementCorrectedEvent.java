package dk.kk.registry.shared.measurement;

import dk.kk.registry.shared.common.UncertainValue;
import org.axonframework.serialization.Revision;

/**
 * A measurement's value is corrected (and a retracted measurement reinstated with it). A null quality note leaves the
 * note as it was. The recorded value stays in the log. Revision 2: the value may be a range or a bound;
 * revision 3: also approximate ("ca. 20").
 */
@Revision("3")
public record MeasurementCorrectedEvent(String measurementId, UncertainValue value, String qualityNote) {}
