package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import java.time.Instant;

/** A change of a funding line's amount, when it was recorded, by whom and why. */
public record FundingAdjustmentView(Money amount, Instant recordedAt, String recordedBy, String reason) {}
