package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.Correction;

/**
 * An earlier event that a correction may name: the line it belongs to, and the values of its correctable fields as
 * they read now (recorded, then corrected), held as a correction of its kind that gives every value.
 */
record RecordedFact(String eventId, String key, Correction reads) {

    CorrectableEvent kind() {
        return reads.kind();
    }

    /** Whether every value the correction gives is what the event already reads. */
    boolean unchangedBy(Correction correction) {
        return correction.over(reads).equals(reads);
    }

    RecordedFact corrected(Correction correction) {
        return new RecordedFact(eventId, key, correction.over(reads));
    }
}
