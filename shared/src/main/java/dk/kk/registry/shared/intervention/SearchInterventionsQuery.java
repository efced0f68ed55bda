package dk.kk.registry.shared.intervention;

import java.time.Instant;
import java.time.LocalDate;

/** Search the registry; every filter is optional. activeFrom/activeTo select by valid time, asOf by transaction time. */
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
        String text,
        Instant asOf,
        int page,
        int size) {
}
