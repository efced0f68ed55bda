package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An intervention was spread to further areas from a date. */
@Revision("2")
public record InterventionScaledEvent(String interventionId, List<String> areas, UncertainDate effectiveFrom) {}
