package dk.kk.registry.shared.measurement;

import java.util.List;

/** An indicator's measurements, ordered by area and then period; retracted measurements are left out. */
public record IndicatorSeriesView(String indicator, List<SeriesMeasurementView> items) {}
