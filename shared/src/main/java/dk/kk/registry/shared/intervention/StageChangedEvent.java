package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/** An intervention entered a lifecycle stage on a date. */
@Revision("2")
public record StageChangedEvent(String interventionId, Stage stage, UncertainDate effectiveFrom) {}
