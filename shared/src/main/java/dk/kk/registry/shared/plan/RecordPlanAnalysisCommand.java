package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adds problems and potentials to a plan's analysis; {@code itemIds} are the registry's ids for the items. */
public record RecordPlanAnalysisCommand(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> itemIds,
        List<AnalysisItem> items) {}
