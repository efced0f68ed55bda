package dk.kk.registry.shared.comparison;

/** A measurement a comparison did not use because its period is not one whole year, said rather than dropped. */
public record LeftOutMeasurementView(String area, String measurementId, String period) {}
