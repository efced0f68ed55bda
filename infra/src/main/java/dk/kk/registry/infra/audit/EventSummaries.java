package dk.kk.registry.infra.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A line of text per event, as the event log shows it to a reader (the kind of event in words and its fields with
 * their labels). Written by the UI, which holds the words; the API gives the same lines beside a source's facts.
 */
public interface EventSummaries {

    /** The summary of each event by its id; an event the log does not hold has none. */
    Map<String, String> of(Collection<String> eventIds, Instant asOf, Locale locale);
}
