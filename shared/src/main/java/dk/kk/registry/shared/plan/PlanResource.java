package dk.kk.registry.shared.plan;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.intervention.FundingSourceKind;

/** Money set aside for a measure: from which kind of source (and which organisation, where known), for which year. */
public record PlanResource(FundingSourceKind sourceKind, String source, Integer year, Money amount) {}
