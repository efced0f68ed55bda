package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes an area off a list after a date. */
public record EndDesignationCommand(
        @TargetAggregateIdentifier String areaId,
        @TargetAggregateVersion Long expectedVersion,
        String designationId,
        UncertainDate effectiveTo) {}
