package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/** An intervention's planned end moved to the date given. */
@Revision("2")
public record PlannedEndExtendedEvent(String interventionId, UncertainDate plannedEnd) {}
