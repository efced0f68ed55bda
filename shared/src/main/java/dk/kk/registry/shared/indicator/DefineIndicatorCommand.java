package dk.kk.registry.shared.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Defines an indicator by its slug. */
public record DefineIndicatorCommand(
        @TargetAggregateIdentifier String indicatorId, String name, Unit unit, Direction direction, String source) {}
