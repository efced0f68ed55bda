package dk.kk.registry.command.plan;

import dk.kk.registry.command.common.RuleViolation;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * A measure serves at least one goal, and only goals of its own plan ("indsatser … tilrettelægges, så de bidrager til
 * at realisere udviklingsplanens mål"); so a goal a measure serves cannot leave the plan.
 */
final class MeasuresServePlanGoals {

    private MeasuresServePlanGoals() {}

    static void check(List<String> served, Collection<String> planGoals) {
        if (served == null || served.isEmpty()) {
            throw new RuleViolation("MeasuresServePlanGoals", "goals", "a measure serves at least one plan goal");
        }
        if (new HashSet<>(served).size() != served.size()) {
            throw new RuleViolation("NoDuplicates", "goals", "goals names the same goal twice");
        }
        for (int i = 0; i < served.size(); i++) {
            if (!planGoals.contains(served.get(i))) {
                throw new RuleViolation(
                        "MeasuresServePlanGoals",
                        "goals[" + i + "]",
                        "'" + served.get(i) + "' is not a goal of this plan");
            }
        }
    }

    static void checkRemoval(String goalId, Collection<Measure> measures) {
        measures.stream()
                .filter(measure -> measure.goals().contains(goalId))
                .findFirst()
                .ifPresent(measure -> {
                    throw new RuleViolation(
                            "MeasuresServePlanGoals",
                            "goalId",
                            "measure " + measure.id() + " serves this goal; a goal a measure serves stays in the plan");
                });
    }

    record Measure(String id, List<String> goals) {}
}
