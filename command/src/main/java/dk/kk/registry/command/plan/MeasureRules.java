package dk.kk.registry.command.plan;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.command.common.Years;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.plan.ChoosePlanMeasureCommand;
import dk.kk.registry.shared.plan.PlanResource;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A measure is either an existing intervention or a described tool, not both; its resources are exact positive
 * amounts, each for one year and one kind of source, named once (a second line for the same source and year would
 * be a sum the plan does not state).
 */
final class MeasureRules {

    static final int RESOURCE_LIMIT = 200;

    private MeasureRules() {}

    static void check(ChoosePlanMeasureCommand command, ReferenceCatalog catalog) {
        NewIds.requireText(command.measureId(), "measureId", 64);
        boolean intervention =
                command.interventionId() != null && !command.interventionId().isBlank();
        boolean tool = command.tool() != null && !command.tool().isBlank();
        if (intervention == tool) {
            throw new RuleViolation(
                    "MeasuresNameOneInterventionOrTool",
                    intervention ? "tool" : "interventionId",
                    "a measure is an existing intervention or a described tool, one of the two");
        }
        if (intervention) {
            catalog.require(ReferenceKind.INTERVENTION, command.interventionId(), "interventionId");
        }
        checkResources(command.resources(), catalog);
    }

    private static void checkResources(List<PlanResource> resources, ReferenceCatalog catalog) {
        if (resources == null) {
            return;
        }
        if (resources.size() > RESOURCE_LIMIT) {
            throw new RuleViolation(
                    "TextLimits", "resources", "a measure has at most " + RESOURCE_LIMIT + " resource lines");
        }
        Set<List<Object>> seen = new HashSet<>();
        for (int i = 0; i < resources.size(); i++) {
            String field = "resources[" + i + "]";
            PlanResource resource = resources.get(i);
            NewIds.requirePresent(resource, field);
            NewIds.requirePresent(resource.sourceKind(), field + ".sourceKind");
            NewIds.requirePresent(resource.amount(), field + ".amount");
            Years.requirePlausible(resource.year(), field + ".year");
            if (resource.amount().amount().signum() <= 0) {
                throw new RuleViolation(
                        "ResourcesArePositive", field + ".amount", "a resource is an amount above zero");
            }
            if (resource.source() != null) {
                catalog.require(ReferenceKind.ORGANISATION, resource.source(), field + ".source");
            }
            if (!seen.add(List.of(resource.sourceKind(), Objects.toString(resource.source()), resource.year()))) {
                throw new RuleViolation(
                        "NoDuplicates",
                        field,
                        "the measure already has resources from this source for " + resource.year());
            }
        }
    }
}
