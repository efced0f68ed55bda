package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** An intervention was registered; its areas apply from the planned start. */
@Revision("2")
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
        UncertainDate plannedStart,
        UncertainDate plannedEnd,
        String caseReference,
        String parentId) {}
