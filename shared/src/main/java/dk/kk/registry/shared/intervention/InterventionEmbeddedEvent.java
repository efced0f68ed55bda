package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/** An intervention became part of an administration's core operations (kernedrift) from a date. */
@Revision("2")
public record InterventionEmbeddedEvent(String interventionId, String administration, UncertainDate effectiveFrom) {}
