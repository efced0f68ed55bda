package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records money actually spent in a year. */
public record RecordExpenditureCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        String expenditureId,
        int year,
        Money amount) {}
