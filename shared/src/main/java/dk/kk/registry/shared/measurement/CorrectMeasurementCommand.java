package dk.kk.registry.shared.measurement;

import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a measurement's value; a null quality note keeps the current one. The reason travels as metadata. */
public record CorrectMeasurementCommand(
        @TargetAggregateIdentifier String measurementId,
        @TargetAggregateVersion Long expectedVersion,
        UncertainValue value,
        String qualityNote) {

    /** An exact value, as every correction before ranges was. */
    public CorrectMeasurementCommand(String measurementId, Long expectedVersion, BigDecimal value, String qualityNote) {
        this(measurementId, expectedVersion, UncertainValue.ofNullable(value), qualityNote);
    }
}
