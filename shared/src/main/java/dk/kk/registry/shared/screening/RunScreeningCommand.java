package dk.kk.registry.shared.screening;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Runs a policy's screening rule over the measurements of a year; the inputs are gathered by the registry from what is recorded. */
public record RunScreeningCommand(
        @TargetAggregateIdentifier String screeningId,
        String policy,
        int year,
        ScreeningRule rule,
        List<ScreeningInput> inputs) {}
