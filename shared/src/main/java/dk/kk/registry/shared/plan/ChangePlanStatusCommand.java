package dk.kk.registry.shared.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves a plan to another status from an effective date; the reason is required. */
public record ChangePlanStatusCommand(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        PlanStatus status,
        LocalDate effectiveFrom) {}
