package dk.kk.registry.shared.screening;

import java.math.BigDecimal;

/** One criterion of a screening rule: an indicator compared with a threshold, either as its own value or as a ratio to a comparison area's value (relativeTo), e.g. at least twice the rest of the city. */
public record ScreeningCriterion(
        String name, String indicator, String relativeTo, Comparison comparison, BigDecimal threshold) {}
