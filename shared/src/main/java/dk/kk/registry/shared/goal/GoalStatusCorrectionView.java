package dk.kk.registry.shared.goal;

import java.time.Instant;
import java.util.List;

/** One correction of a status report: who, when, why, and each field's value before and after. */
public record GoalStatusCorrectionView(
        Instant correctedAt, String correctedBy, String reason, List<GoalFieldChange> changes) {}
