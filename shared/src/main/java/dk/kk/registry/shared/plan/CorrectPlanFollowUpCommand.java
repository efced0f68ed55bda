package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces a recorded year's follow-up by a corrected one; the reason is required. */
public record CorrectPlanFollowUpCommand(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        Integer year,
        List<ProgressNote> goals,
        List<ProgressNote> measures,
        String summary) {}
