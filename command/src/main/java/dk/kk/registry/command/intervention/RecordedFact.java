package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.intervention.CorrectedValues;
import dk.kk.registry.shared.intervention.EvaluationRecordedEvent;
import java.time.LocalDate;

/** An earlier event that a correction may name: its type, the line it belongs to, and an evaluation's period. */
record RecordedFact(String eventId, String type, String key, LocalDate periodFrom, LocalDate periodTo) {

    static RecordedFact of(String eventId, Object event, String key) {
        if (event instanceof EvaluationRecordedEvent evaluation) {
            return new RecordedFact(eventId, event.getClass().getSimpleName(), key, evaluation.periodFrom(),
                    evaluation.periodTo());
        }
        return new RecordedFact(eventId, event.getClass().getSimpleName(), key, null, null);
    }

    RecordedFact withPeriod(CorrectedValues values) {
        return new RecordedFact(eventId, type, key,
                values.periodFrom() != null ? values.periodFrom() : periodFrom,
                values.periodTo() != null ? values.periodTo() : periodTo);
    }
}
