package dk.kk.registry.command.goal;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.command.common.Years;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.SetGoalCommand;
import java.util.HashSet;
import java.util.List;

/**
 * What a goal must say when it is set: a title; an existing policy, owning administration and indicator; the areas it
 * is about (none: city-wide) and the area it is compared with; a baseline; a measurable target; a deadline not
 * before the baseline.
 */
final class GoalDefinitionRules {

    /** API.md: comparisons default to the rest of the city. */
    static final String DEFAULT_COMPARISON_AREA = "rest-of-copenhagen";

    static final int TITLE_LIMIT = 300;
    static final int AREA_LIMIT = 200;

    private GoalDefinitionRules() {}

    static String comparisonAreaOf(SetGoalCommand command) {
        return command.comparisonArea() == null || command.comparisonArea().isBlank()
                ? DEFAULT_COMPARISON_AREA
                : command.comparisonArea();
    }

    static void check(SetGoalCommand command, ReferenceCatalog catalog) {
        NewIds.requireText(command.title(), "title", TITLE_LIMIT);
        catalog.require(ReferenceKind.POLICY, command.policy(), "policy");
        catalog.require(ReferenceKind.ADMINISTRATION, command.ownerAdministration(), "ownerAdministration");
        catalog.require(ReferenceKind.INDICATOR, command.indicator(), "indicator");
        String comparisonArea = comparisonAreaOf(command);
        catalog.require(ReferenceKind.AREA, comparisonArea, "comparisonArea");
        checkAreas(command.areas(), comparisonArea, catalog);
        checkBaseline(command.baseline());
        TargetsAreMeasurable.check(command.target(), command.baseline());
        if (command.deadlineYear() != null) {
            Years.requirePlausible(command.deadlineYear(), "deadlineYear");
            if (command.deadlineYear() < command.baseline().year()) {
                throw new RuleViolation(
                        "DatesAreConsistent", "deadlineYear", "the deadline is before the baseline year");
            }
        }
    }

    private static void checkAreas(List<String> areas, String comparisonArea, ReferenceCatalog catalog) {
        if (areas == null) {
            return;
        }
        if (areas.size() > AREA_LIMIT) {
            throw new RuleViolation("TextLimits", "areas", "a goal names at most " + AREA_LIMIT + " areas");
        }
        if (new HashSet<>(areas).size() != areas.size()) {
            throw new RuleViolation("NoDuplicates", "areas", "areas names the same area twice");
        }
        for (int i = 0; i < areas.size(); i++) {
            String field = "areas[" + i + "]";
            catalog.require(ReferenceKind.AREA, areas.get(i), field);
            if (areas.get(i).equals(comparisonArea)) {
                throw new RuleViolation(
                        "ComparisonIsAnotherArea",
                        field,
                        "'" + comparisonArea + "' is the goal's comparison area; a goal cannot be compared with "
                                + "one of its own areas");
            }
        }
    }

    private static void checkBaseline(Baseline baseline) {
        NewIds.requirePresent(baseline, "baseline");
        Years.requirePlausible(baseline.year(), "baseline.year");
        Years.requireBegun(baseline.year(), "baseline.year");
        NewIds.requirePresent(baseline.areaValue(), "baseline.areaValue");
        Values.requireBounded(baseline.areaValue(), "baseline.areaValue");
        Values.requireBounded(baseline.comparisonValue(), "baseline.comparisonValue");
    }
}
