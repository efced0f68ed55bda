package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import java.util.Optional;

/** A period in which an area or a partner belonged to an intervention, with the events that opened and closed it. */
final class Span {

    private final String key;
    private final String startEventId;
    private UncertainDate from;
    private UncertainDate to;
    private String endEventId;

    Span(String key, UncertainDate from, String startEventId) {
        this.key = key;
        this.from = from;
        this.startEventId = startEventId;
    }

    static Optional<Span> activeFor(List<Span> spans, String key) {
        return spans.stream()
                .filter(span -> span.key.equals(key) && span.to == null)
                .findFirst();
    }

    static List<Span> active(List<Span> spans) {
        return spans.stream().filter(span -> span.to == null).toList();
    }

    static Span byEvent(List<Span> spans, String eventId) {
        return spans.stream()
                .filter(span -> eventId.equals(span.startEventId) || eventId.equals(span.endEventId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no span recorded by event " + eventId));
    }

    static List<Span> allByEvent(List<Span> spans, String eventId) {
        return spans.stream().filter(span -> eventId.equals(span.startEventId)).toList();
    }

    String key() {
        return key;
    }

    void end(UncertainDate day, String eventId) {
        to = day;
        endEventId = eventId;
    }

    void requireEndNotBeforeStart(UncertainDate day) {
        if (day.certainlyBefore(from)) {
            throw new RuleViolation(
                    Dates.RULE, "effectiveTo", "effectiveTo " + day + " is before effectiveFrom " + from);
        }
    }

    void corrected(UncertainDate newFrom, UncertainDate newTo) {
        UncertainDate start = newFrom != null ? newFrom : from;
        UncertainDate end = newTo != null ? newTo : to;
        if (end != null && end.certainlyBefore(start)) {
            throw new RuleViolation(
                    Dates.RULE,
                    newTo != null ? "values.effectiveTo" : "values.effectiveFrom",
                    "the corrected period would end (" + end + ") before it starts (" + start + ")");
        }
    }

    void correct(UncertainDate newFrom, UncertainDate newTo) {
        if (newFrom != null) {
            from = newFrom;
        }
        if (newTo != null) {
            to = newTo;
        }
    }
}
