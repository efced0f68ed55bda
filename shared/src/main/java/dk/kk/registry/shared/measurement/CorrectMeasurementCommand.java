package dk.kk.registry.shared.measurement;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a measurement's value; a null quality note keeps the current one. The reason travels as metadata. */
public record CorrectMeasurementCommand(
        @TargetAggregateIdentifier String measurementId,
        @TargetAggregateVersion Long expectedVersion,
        BigDecimal value,
        String qualityNote) {
}
