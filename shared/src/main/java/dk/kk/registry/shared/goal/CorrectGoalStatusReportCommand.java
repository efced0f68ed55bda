package dk.kk.registry.shared.goal;

import dk.kk.registry.shared.common.UncertainValue;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects the status report of a year. A null field keeps its reported value; a blank text removes the text.
 * The reason travels in the command's metadata and is required.
 */
public record CorrectGoalStatusReportCommand(
        @TargetAggregateIdentifier String goalId,
        @TargetAggregateVersion Long expectedVersion,
        Integer year,
        UncertainValue areaValue,
        UncertainValue comparisonValue,
        String commentary,
        String dataQualityNote,
        String caseReference) {}
