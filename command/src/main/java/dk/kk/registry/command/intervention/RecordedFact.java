package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.intervention.CorrectedValues;
import dk.kk.registry.shared.intervention.EvaluationRecordedEvent;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An earlier event that a correction may name: its type, the line it belongs to, an evaluation's period, and the
 * values of its correctable fields as they read now (recorded, then corrected).
 */
record RecordedFact(String eventId, String type, String key, LocalDate periodFrom, LocalDate periodTo,
        Map<String, Object> values) {

    static RecordedFact of(String eventId, Object event, String key) {
        String type = event.getClass().getSimpleName();
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (CorrectableFacts.fieldsOf(type).contains(component.getName())) {
                values.put(component.getName(), read(component, event));
            }
        }
        if (event instanceof EvaluationRecordedEvent evaluation) {
            return new RecordedFact(eventId, type, key, evaluation.periodFrom(), evaluation.periodTo(), values);
        }
        return new RecordedFact(eventId, type, key, null, null, values);
    }

    /** Whether every value the correction gives is what the event already reads. */
    boolean unchangedBy(CorrectedValues correction) {
        for (RecordComponent component : CorrectedValues.class.getRecordComponents()) {
            Object value = read(component, correction);
            if (value != null && !Objects.equals(value, values.get(component.getName()))) {
                return false;
            }
        }
        return true;
    }

    RecordedFact corrected(CorrectedValues correction) {
        Map<String, Object> now = new HashMap<>(values);
        for (RecordComponent component : CorrectedValues.class.getRecordComponents()) {
            Object value = read(component, correction);
            if (value != null && now.containsKey(component.getName())) {
                now.put(component.getName(), value);
            }
        }
        return new RecordedFact(eventId, type, key,
                correction.periodFrom() != null ? correction.periodFrom() : periodFrom,
                correction.periodTo() != null ? correction.periodTo() : periodTo, now);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
