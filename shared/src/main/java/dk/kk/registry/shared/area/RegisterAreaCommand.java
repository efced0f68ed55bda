package dk.kk.registry.shared.area;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers an area by its slug. */
public record RegisterAreaCommand(@TargetAggregateIdentifier String areaId, String name, AreaKind kind) {}
