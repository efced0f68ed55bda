package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A measure was chosen for the plan: an intervention or a described tool, the goals it serves, its resources. */
@Revision("1")
public record PlanMeasureChosenEvent(
        String planId,
        String measureId,
        String interventionId,
        String tool,
        List<String> goals,
        List<PlanResource> resources) {}
