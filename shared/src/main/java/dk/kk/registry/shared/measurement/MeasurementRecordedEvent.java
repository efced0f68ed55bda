package dk.kk.registry.shared.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An indicator, in the version current when it was recorded, had a value in an area over a period (valid time:
 * periodFrom to periodTo, both inclusive). Numerator and denominator, when given, are the counts behind a share.
 */
@Revision("1")
public record MeasurementRecordedEvent(
        String measurementId,
        String indicator,
        int indicatorVersion,
        String area,
        LocalDate periodFrom,
        LocalDate periodTo,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String qualityNote) {
}
