package dk.kk.registry.shared.screening;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A screening was run for a policy and year with the rule and inputs given, and proposed the areas given. */
@Revision("1")
public record ScreeningRunEvent(
        String screeningId,
        String policy,
        int year,
        ScreeningRule rule,
        List<ScreeningInput> inputs,
        List<ScreeningProposal> proposals) {}
