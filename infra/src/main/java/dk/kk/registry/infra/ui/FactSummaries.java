package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.audit.AuditEventView;
import dk.kk.registry.infra.audit.EventLog;
import dk.kk.registry.infra.audit.EventSummaries;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A line of text per event, as the event log shows it: the kind of event in words and its fields with their labels,
 * ids written as the names they stand for ("Kilde registreret — Titel: Status 2024; Slags: Statusrapport").
 */
@Component
public class FactSummaries implements EventSummaries {

    private final EventLog log;
    private final EventPayloads payloads;
    private final AggregateNames names;
    private final MessageSource messages;

    FactSummaries(EventLog log, EventPayloads payloads, AggregateNames names, MessageSource messages) {
        this.log = log;
        this.payloads = payloads;
        this.names = names;
        this.messages = messages;
    }

    @Override
    public Map<String, String> of(Collection<String> eventIds, Instant asOf, Locale locale) {
        List<AuditEventView> events = log.byEventIds(eventIds);
        Map<String, String> known = names.of(events, asOf);
        return events.stream()
                .collect(Collectors.toMap(
                        AuditEventView::eventId,
                        event -> {
                            String kind = messages.getMessage("event." + event.type(), null, event.type(), locale);
                            // an id with no name (the measurement's own) says nothing to a reader; the log shows it
                            // beside the event
                            String fields = payloads.fields(event.payload(), known, locale).stream()
                                    .filter(field -> !field.id())
                                    .map(field -> field.label() + ": " + field.value())
                                    .collect(Collectors.joining("; "));
                            return fields.isEmpty() ? kind : kind + " — " + fields;
                        },
                        (a, b) -> a));
    }
}
