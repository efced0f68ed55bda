package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Decides what becomes of an intervention: embedding in core operations, scaling to new areas, or termination. */
public record RecordDecisionCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        DecisionType decision,
        LocalDate effectiveFrom,
        List<String> areas,
        String administration) {
}
