package dk.kk.registry.shared.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a new version of an indicator's definition; the reason, which is required, travels as metadata. */
public record RedefineIndicatorCommand(
        @TargetAggregateIdentifier String indicatorId,
        @TargetAggregateVersion Long expectedVersion,
        String name,
        Unit unit,
        Direction direction,
        String source) {}
