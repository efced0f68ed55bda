package dk.kk.registry.shared.goal;

import dk.kk.registry.shared.common.UncertainValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reports a goal's status for a year: the value in the goal's areas and, where known, in the comparison area. */
public record ReportGoalStatusCommand(
        @TargetAggregateIdentifier String goalId,
        @TargetAggregateVersion Long expectedVersion,
        Integer year,
        UncertainValue areaValue,
        UncertainValue comparisonValue,
        String commentary,
        String dataQualityNote,
        String caseReference) {}
