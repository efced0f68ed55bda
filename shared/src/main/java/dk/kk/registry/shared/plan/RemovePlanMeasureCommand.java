package dk.kk.registry.shared.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes a chosen measure out of the plan, with its resources; the reason is required. */
public record RemovePlanMeasureCommand(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        String measureId) {}
