package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The plan's follow-up (opfølgning) of a year: progress per goal and per measure, and a summary. */
public record RecordPlanFollowUpCommand(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        Integer year,
        List<ProgressNote> goals,
        List<ProgressNote> measures,
        String summary) {}
