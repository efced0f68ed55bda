package dk.kk.registry.shared.intervention;

import java.util.Objects;
import org.axonframework.serialization.Revision;

/**
 * An earlier event of an intervention is to be read with the corrected values; the original is kept. Revision 1 named
 * the corrected event by its Java class and carried every correctable field side by side; revision 2 names its kind
 * and carries the correction of that kind; revision 3 carries its dates as stated ({@code UncertainDate}: a day, month,
 * year, interval or bound), an exact day written as before.
 */
@Revision("3")
public record InterventionEventCorrectedEvent(
        String interventionId, String correctedEventId, CorrectableEvent correctedEvent, Correction correction) {

    public InterventionEventCorrectedEvent {
        Objects.requireNonNull(correctedEvent, "correctedEvent");
        Objects.requireNonNull(correction, "correction");
        if (correction.kind() != correctedEvent) {
            throw new IllegalArgumentException("a correction of a " + correction.kind() + " names a " + correctedEvent);
        }
    }
}
