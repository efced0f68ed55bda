package dk.kk.registry.shared.screening;

import java.math.BigDecimal;

/** A recorded value of an indicator in an area for a year, as screenings and comparisons read it. */
public record MeasuredValue(String measurementId, String area, BigDecimal value, String qualityNote) {}
