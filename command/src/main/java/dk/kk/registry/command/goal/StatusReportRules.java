package dk.kk.registry.command.goal;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.command.common.Years;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.Target;

/**
 * A status report is for a year after the baseline year that has begun (a deadline does not limit it: the figures
 * for the deadline year are often reported later), says the area value, and the comparison value too when the target
 * is measured against the comparison area.
 */
final class StatusReportRules {

    static final int COMMENTARY_LIMIT = 10_000;
    static final int NOTE_LIMIT = 2_000;
    static final int REFERENCE_LIMIT = 100;

    private StatusReportRules() {}

    static void checkYear(Integer year, Baseline baseline) {
        Years.requirePlausible(year, "year");
        if (year <= baseline.year()) {
            throw new RuleViolation(
                    "StatusFollowsBaseline",
                    "year",
                    "a status report is for a year after the baseline year " + baseline.year());
        }
        Years.requireBegun(year, "year");
    }

    /**
     * A correction is checked by this alone: a report made before the target was revised to one measured against the
     * comparison area may lack the comparison value, and correcting its commentary must stay possible.
     */
    static void checkFacts(StatusFacts facts) {
        if (facts.areaValue() == null) {
            throw new RuleViolation("RequiredFields", "areaValue", "areaValue is required");
        }
        Values.requireBounded(facts.areaValue(), "areaValue");
        Values.requireBounded(facts.comparisonValue(), "comparisonValue");
        Values.maxLength(facts.commentary(), COMMENTARY_LIMIT, "commentary");
        Values.maxLength(facts.dataQualityNote(), NOTE_LIMIT, "dataQualityNote");
        Values.maxLength(facts.caseReference(), REFERENCE_LIMIT, "caseReference");
    }

    static void checkComparison(StatusFacts facts, Target target) {
        if (facts.comparisonValue() == null && TargetsAreMeasurable.needsComparison(target)) {
            throw new RuleViolation(
                    "StatusNeedsComparison",
                    "comparisonValue",
                    "the goal's target (" + target.type() + ") is measured against the comparison area: "
                            + "comparisonValue is required");
        }
    }
}
