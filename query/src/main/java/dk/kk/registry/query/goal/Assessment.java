package dk.kk.registry.query.goal;

import dk.kk.registry.shared.goal.Attainment;
import java.math.BigDecimal;

/** A goal's attainment with its arithmetic: the figures compared, the verdicts and the sentence that explains them. */
record Assessment(
        BigDecimal measuredValue,
        BigDecimal requiredValue,
        BigDecimal expectedShare,
        BigDecimal expectedValue,
        Attainment measuredAttainment,
        Attainment attainment,
        String explanation) {
}
