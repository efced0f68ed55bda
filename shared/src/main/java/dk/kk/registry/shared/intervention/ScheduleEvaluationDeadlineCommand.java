package dk.kk.registry.shared.intervention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The registry's own command: make sure an intervention that still owes an evaluation has its deadline, set from its
 * current planned end. Issued by the backfill for interventions recorded before deadlines existed or whose deadline
 * was lost; records no event (the deadline is not a fact, the overdue event it leads to is).
 */
public record ScheduleEvaluationDeadlineCommand(
        @TargetAggregateIdentifier String interventionId) {}
