package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/** An intervention stopped running in an area after a date. */
@Revision("2")
public record InterventionAreaRemovedEvent(String interventionId, String areaId, UncertainDate effectiveTo) {}
