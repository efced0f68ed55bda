package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.Money;

/** Money is exact and not negative; funding covers whole years in a sensible range, first year first. */
final class FundingRules {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private FundingRules() {}

    static void requireAmount(Money amount, String field) {
        Require.present(amount, field);
        if (amount.lessThanZero()) {
            throw new RuleViolation("AmountsAreNotNegative", field, field + " must not be negative");
        }
    }

    static void requireYears(int fromYear, int toYear) {
        requireYear(fromYear, "years[0]");
        requireYear(toYear, "years[1]");
        if (toYear < fromYear) {
            throw new RuleViolation(
                    Dates.RULE, "years", "the funding ends (" + toYear + ") before it starts (" + fromYear + ")");
        }
    }

    static void requireYear(int year, String field) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation(
                    "YearsInRange", field, field + " must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
