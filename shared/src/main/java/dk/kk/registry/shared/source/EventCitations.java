package dk.kk.registry.shared.source;

import java.util.Map;

/** Citations by event id. */
public record EventCitations(Map<String, CitationView> byEventId) {

    public CitationView of(String eventId) {
        return byEventId.get(eventId);
    }
}
