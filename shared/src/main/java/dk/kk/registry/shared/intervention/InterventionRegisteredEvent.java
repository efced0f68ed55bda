package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** An intervention was registered; its areas apply from the planned start. */
@Revision("1")
public record InterventionRegisteredEvent(
        String interventionId,
        String title,
        String description,
        InterventionKind kind,
        InterventionCategory category,
        String leadAdministration,
        List<String> areas,
        Set<TargetGroup> targetGroups,
        List<String> goals,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String caseReference,
        String parentId) {
}
