package dk.kk.registry.shared.measurement;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * A measurement's value is corrected (and a retracted measurement reinstated with it). A null quality note leaves the
 * note as it was. The recorded value stays in the log.
 */
@Revision("1")
public record MeasurementCorrectedEvent(
        String measurementId,
        BigDecimal value,
        String qualityNote) {
}
