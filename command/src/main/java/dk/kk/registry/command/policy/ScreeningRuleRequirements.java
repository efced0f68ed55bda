package dk.kk.registry.command.policy;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.screening.ScreeningCriterion;
import dk.kk.registry.shared.screening.ScreeningRule;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A screening rule names each criterion once, measures it by an existing indicator (relative to an existing area
 * where it compares), gives a threshold, and asks for between one and all of its criteria to be met.
 */
final class ScreeningRuleRequirements {

    private ScreeningRuleRequirements() {}

    static void check(ScreeningRule rule, ReferenceCatalog catalog) {
        NewIds.requirePresent(rule, "rule");
        if (rule.criteria() == null || rule.criteria().isEmpty()) {
            throw new RuleViolation("ScreeningRulesHaveCriteria", "rule.criteria", "a screening rule has criteria");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rule.criteria().size(); i++) {
            ScreeningCriterion criterion = rule.criteria().get(i);
            String field = "rule.criteria[" + i + "]";
            NewIds.requirePresent(criterion, field);
            NewIds.requireText(criterion.name(), field + ".name", 200);
            if (!names.add(criterion.name())) {
                throw new RuleViolation(
                        "NoDuplicates", field + ".name", "criterion '" + criterion.name() + "' is named twice");
            }
            catalog.require(ReferenceKind.INDICATOR, criterion.indicator(), field + ".indicator");
            if (criterion.relativeTo() != null) {
                catalog.require(ReferenceKind.AREA, criterion.relativeTo(), field + ".relativeTo");
            }
            NewIds.requirePresent(criterion.comparison(), field + ".comparison");
            NewIds.requirePresent(criterion.threshold(), field + ".threshold");
        }
        if (rule.minimumMet() < 1 || rule.minimumMet() > rule.criteria().size()) {
            throw new RuleViolation(
                    "MinimumWithinCriteria",
                    "rule.minimumMet",
                    "minimumMet must be between 1 and the number of criteria ("
                            + rule.criteria().size() + ")");
        }
    }

    /** Whether two rules say the same: the same criteria in the same order, thresholds equal as numbers. */
    static boolean same(ScreeningRule rule, ScreeningRule other) {
        if (other == null
                || rule.minimumMet() != other.minimumMet()
                || rule.criteria().size() != other.criteria().size()) {
            return false;
        }
        for (int i = 0; i < rule.criteria().size(); i++) {
            ScreeningCriterion a = rule.criteria().get(i);
            ScreeningCriterion b = other.criteria().get(i);
            if (!a.name().equals(b.name())
                    || !a.indicator().equals(b.indicator())
                    || !Objects.equals(a.relativeTo(), b.relativeTo())
                    || a.comparison() != b.comparison()
                    || a.threshold().compareTo(b.threshold()) != 0) {
                return false;
            }
        }
        return true;
    }
}
