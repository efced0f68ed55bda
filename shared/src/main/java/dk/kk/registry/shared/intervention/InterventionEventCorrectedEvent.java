package dk.kk.registry.shared.intervention;

import org.axonframework.serialization.Revision;

/** An earlier event of an intervention is to be read with the corrected values; the original is kept. */
@Revision("1")
public record InterventionEventCorrectedEvent(
        String interventionId,
        String correctedEventId,
        String correctedEventType,
        CorrectedValues values) {
}
