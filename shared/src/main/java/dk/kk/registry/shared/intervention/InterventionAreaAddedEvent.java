package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/** An intervention runs in one more area from a date. */
@Revision("2")
public record InterventionAreaAddedEvent(String interventionId, String areaId, UncertainDate effectiveFrom) {}
