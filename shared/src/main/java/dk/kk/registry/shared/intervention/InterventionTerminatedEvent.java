package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/** An intervention ended on a date. */
@Revision("2")
public record InterventionTerminatedEvent(String interventionId, UncertainDate effectiveFrom) {}
