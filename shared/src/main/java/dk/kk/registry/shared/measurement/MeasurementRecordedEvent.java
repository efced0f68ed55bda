package dk.kk.registry.shared.measurement;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An indicator, in the version current when it was recorded, had a value in an area over a period (valid time:
 * periodFrom to periodTo, both inclusive). Numerator and denominator, when given, are the counts behind a share.
 *
 * <p>Revision 2: the value is as its source states it, exact or a range or bound ({@link UncertainValue}); and the
 * period may be uncertain ("2024?", "2023/2024": the data year is one of those). {@code period} then holds the period
 * as stated and {@code periodFrom}/{@code periodTo} its earliest and latest day; {@code period} is {@code null} when
 * the period is exactly {@code periodFrom} to {@code periodTo}, as every revision 1 event's is. Revision 3: the value
 * may also be approximate ({@code {"about": "20"}}, "ca. 20 %"); every revision 2 value reads as it was.
 */
@Revision("3")
public record MeasurementRecordedEvent(
        String measurementId,
        String indicator,
        int indicatorVersion,
        String area,
        LocalDate periodFrom,
        LocalDate periodTo,
        UncertainDate period,
        UncertainValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String qualityNote) {}
