package dk.kk.registry.shared.intervention;

import java.math.BigDecimal;

/** One estimated effect of an intervention on an indicator in an area, with its interval. */
public record EffectEstimate(String indicator, String area, BigDecimal effect, BigDecimal low, BigDecimal high) {}
