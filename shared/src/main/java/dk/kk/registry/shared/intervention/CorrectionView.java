package dk.kk.registry.shared.intervention;

import java.time.Instant;

/** A correction of an earlier event: what it named, the new values, who and why. */
public record CorrectionView(
        String correctedEventId,
        String correctedEventType,
        CorrectedValues values,
        Instant recordedAt,
        String recordedBy,
        String reason) {}
