package dk.kk.registry.shared.intervention;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The descriptive details of an intervention now read as given. */
@Revision("1")
public record InterventionDetailsRevisedEvent(
        String interventionId,
        String title,
        String description,
        InterventionCategory category,
        Set<TargetGroup> targetGroups) {}
