package dk.kk.registry.shared.intervention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects an earlier event of an intervention; the original stays in the log. The values are the correction of the
 * named event's kind; null when the event could not be found, which the intervention refuses.
 */
public record CorrectEventCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        String eventId,
        Correction values) {}
