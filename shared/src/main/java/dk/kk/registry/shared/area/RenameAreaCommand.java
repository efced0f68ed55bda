package dk.kk.registry.shared.area;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Gives an area a new name; its id stays. */
public record RenameAreaCommand(
        @TargetAggregateIdentifier String areaId,
        @TargetAggregateVersion Long expectedVersion,
        String name) {}
