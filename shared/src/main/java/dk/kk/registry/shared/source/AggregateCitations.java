package dk.kk.registry.shared.source;

import java.util.List;
import java.util.Map;

/** The distinct citations of each aggregate's events, by aggregate id; an aggregate that cites nothing is left out. */
public record AggregateCitations(Map<String, List<CitationView>> byAggregateId) {

    public List<CitationView> of(String aggregateId) {
        return byAggregateId.getOrDefault(aggregateId, List.of());
    }
}
