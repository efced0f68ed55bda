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
        String explanation) {

    /** The same figures, with the attainment a later step settled on and the explanation that step ends with. */
    Assessment settled(Attainment verdict, String explanation) {
        return new Assessment(
                measuredValue,
                requiredValue,
                expectedShare,
                expectedValue,
                measuredAttainment,
                certainty,
                bestPossibleAttainment,
                verdict,
                explanation);
    }
}
