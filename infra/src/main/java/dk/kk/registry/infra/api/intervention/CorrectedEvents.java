package dk.kk.registry.infra.api.intervention;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.CorrectedValues;
import dk.kk.registry.shared.intervention.Correction;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The API and the UI's form give a correction's values flat, every field of every kind side by side; the command and
 * the event log carry the correction of the named event's kind. This reads the kind from the intervention's own events
 * (the log, not a read model that may lag) and refuses a value for a field that event did not record.
 */
@Component
public class CorrectedEvents {

    private final EventStore events;

    CorrectedEvents(EventStore events) {
        this.events = events;
    }

    /**
     * The values as the correction of the named event's kind; null when the intervention has no correctable event of
     * that id, which the intervention itself refuses (after it has checked who may write).
     */
    public Correction correction(String interventionId, String eventId, CorrectedValues values) {
        Optional<CorrectableEvent> named = kindOf(interventionId, eventId);
        if (named.isEmpty()) {
            return null;
        }
        CorrectableEvent kind = named.get();
        List<String> notRecorded = kind.notRecorded(values);
        if (!notRecorded.isEmpty()) {
            String field = notRecorded.get(0);
            throw new RuleViolation(
                    "CorrectableFields",
                    "values." + field,
                    field + " cannot be corrected on a " + kind.eventType() + "; it records "
                            + String.join(", ", kind.fields()));
        }
        return kind.correction(values);
    }

    private Optional<CorrectableEvent> kindOf(String interventionId, String eventId) {
        if (interventionId == null || eventId == null) {
            return Optional.empty();
        }
        // From the first event, not from a snapshot: the named event may be older than the latest snapshot.
        return events.readEvents(interventionId, 0)
                .asStream()
                .filter(event -> eventId.equals(event.getIdentifier()))
                .findFirst()
                .map(DomainEventMessage::getPayloadType)
                .flatMap(CorrectableEvent::of);
    }
}
