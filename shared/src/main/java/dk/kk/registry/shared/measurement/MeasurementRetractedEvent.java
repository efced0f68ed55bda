package dk.kk.registry.shared.measurement;

import org.axonframework.serialization.Revision;

/** A measurement no longer counts: it leaves the series, and stays in the log and the measurement's history. */
@Revision("1")
public record MeasurementRetractedEvent(String measurementId) {}
