package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Decides what becomes of an intervention: embedding in core operations, scaling to new areas, or termination. */
public record RecordDecisionCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        DecisionType decision,
        UncertainDate effectiveFrom,
        List<String> areas,
        String administration) {}
