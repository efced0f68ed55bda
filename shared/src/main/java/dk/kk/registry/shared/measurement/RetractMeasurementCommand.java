package dk.kk.registry.shared.measurement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Retracts a measurement that should not have been recorded; the reason travels as metadata. */
public record RetractMeasurementCommand(
        @TargetAggregateIdentifier String measurementId,
        @TargetAggregateVersion Long expectedVersion) {}
