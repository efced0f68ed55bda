package dk.kk.registry.command.intervention;

import java.util.LinkedHashMap;
import java.util.Map;

/** A value set by a sequence of events, each of which may later be corrected; the latest event's value counts. */
final class Revisions<T> {

    private final Map<String, T> byEvent = new LinkedHashMap<>();
    private T current;

    void set(String eventId, T value) {
        byEvent.put(eventId, value);
        current = value;
    }

    void correct(String eventId, T value) {
        if (value == null || !byEvent.containsKey(eventId)) {
            return;
        }
        byEvent.put(eventId, value);
        T latest = null;
        for (T each : byEvent.values()) {
            latest = each;
        }
        current = latest;
    }

    T current() {
        return current;
    }
}
