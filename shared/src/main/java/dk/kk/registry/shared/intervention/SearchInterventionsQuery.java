package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Certainty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Search the registry; every filter is optional. activeFrom/activeTo select by valid time, asOf by transaction time;
 * {@code certainty} CERTAIN keeps only the interventions that certainly ran in the window (null: possibly too).
 */
public record SearchInterventionsQuery(
        String area,
        String administration,
        InterventionCategory category,
        InterventionKind kind,
        Stage stage,
        String partner,
        String fundingSource,
        LocalDate activeFrom,
        LocalDate activeTo,
        Certainty certainty,
        String text,
        Instant asOf,
        int page,
        int size) {}
