package dk.kk.registry.query.goal;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Attainment;
import java.math.BigDecimal;

/** A goal's attainment with its arithmetic: the figures compared, the verdicts and the sentence that explains them. */
record Assessment(
        UncertainValue measuredValue,
        BigDecimal requiredValue,
        BigDecimal expectedShare,
        UncertainValue expectedValue,
        Attainment measuredAttainment,
        Certainty certainty,
        Attainment bestPossibleAttainment,
        Attainment attainment,
        String explanation) {}
