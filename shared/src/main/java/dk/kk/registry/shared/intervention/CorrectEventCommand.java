package dk.kk.registry.shared.intervention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects an earlier event of an intervention; the original stays in the log. */
public record CorrectEventCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        String eventId,
        CorrectedValues values) {
}
