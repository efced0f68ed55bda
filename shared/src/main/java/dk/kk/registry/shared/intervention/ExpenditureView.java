package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;

/** Money actually spent in a year. */
public record ExpenditureView(String expenditureId, int year, Money amount) {}
