package dk.kk.registry.shared.screening;

import java.time.Instant;
import java.util.List;

/** A screening run: policy, year, rule, every input, and the proposals with their decisions. */
public record ScreeningView(
        String id,
        String policy,
        int year,
        ScreeningRule rule,
        List<ScreeningInput> inputs,
        List<ProposalView> proposals,
        Instant recordedAt,
        String recordedBy) {}
