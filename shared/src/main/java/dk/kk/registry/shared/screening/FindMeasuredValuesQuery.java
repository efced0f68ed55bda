package dk.kk.registry.shared.screening;

import java.time.Instant;
import java.util.List;

/** The values recorded for an indicator in the given areas for a year (the whole year as the period). */
public record FindMeasuredValuesQuery(String indicator, List<String> areas, int year, Instant asOf) {}
