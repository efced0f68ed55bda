package dk.kk.registry.infra.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.HistoryEntryView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an event of an intervention's timeline recorded, as short labelled facts: the area, partner, source, amount,
 * years, stage, result or corrected values it carries. Names replace ids, labels replace codes (the value's message
 * key), amounts and dates are shown as the page shows them.
 */
final class TimelineFacts {

    /** One fact: its label's message key and either a value's message key or the value as shown. */
    record Fact(String label, String valueKey, String value) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> names;
    private final UiFormat format;

    TimelineFacts(Map<String, String> names, UiFormat format) {
        this.names = names;
        this.format = format;
    }

    /**
     * The type of the event a correction names. A history written before corrections named the kind of event holds
     * the event's class name instead (revision 1), until the projection is rebuilt.
     */
    private static String correctedType(JsonNode correction) {
        if (correction.hasNonNull("correctedEventType")) {
            return correction.get("correctedEventType").asText();
        }
        return CorrectableEvent.valueOf(correction.path("correctedEvent").asText())
                .eventType();
    }

    List<Fact> of(HistoryEntryView entry) {
        JsonNode payload = JSON.valueToTree(entry.payload());
        List<Fact> facts = new ArrayList<>();
        if (payload == null || !payload.isObject()) {
            return facts;
        }
        if (entry.type().equals("InterventionEventCorrectedEvent")) {
            facts.add(new Fact("timeline.corrects", "event." + correctedType(payload), null));
            payload = payload.has("correction") ? payload.path("correction") : payload.path("values");
        }
        name(facts, payload, "areaId", "intervention.area");
        name(facts, payload, "organisationId", "show.organisation");
        name(facts, payload, "source", "funding.source");
        name(facts, payload, "evaluator", "evaluation.evaluator");
        name(facts, payload, "administration", "timeline.administration");
        code(facts, payload, "role", "show.role", "partnerRole");
        code(facts, payload, "stage", "intervention.stage", "stage");
        code(facts, payload, "sourceKind", "funding.sourceKind", "sourceKind");
        code(facts, payload, "method", "evaluation.method", "method");
        code(facts, payload, "result", "evaluation.result", "result");
        code(facts, payload, "decision", "form.decision", "decision");
        if (payload.hasNonNull("amount") && payload.get("amount").hasNonNull("amount")) {
            facts.add(new Fact(
                    "expenditure.amount",
                    null,
                    format.money(new Money(
                            new BigDecimal(payload.get("amount").get("amount").asText()), Money.DKK))));
        }
        if (payload.hasNonNull("fromYear") || payload.hasNonNull("toYear")) {
            String from = payload.path("fromYear").asText("");
            String to = payload.path("toYear").asText("");
            facts.add(new Fact("funding.years", null, from.equals(to) ? from : from + "–" + to));
        } else if (payload.hasNonNull("year")) {
            facts.add(new Fact("expenditure.year", null, payload.get("year").asText()));
        }
        date(facts, payload, "plannedEnd", "intervention.plannedEnd");
        date(facts, payload, "periodFrom", "form.periodFrom");
        date(facts, payload, "periodTo", "form.periodTo");
        text(facts, payload, "decisionReference", "funding.decisionReference");
        text(facts, payload, "title", "intervention.title");
        if (payload.path("areas").isArray() && !entry.type().equals("InterventionRegisteredEvent")) {
            List<String> areas = new ArrayList<>();
            payload.get("areas").forEach(area -> areas.add(area.asText()));
            if (!areas.isEmpty()) {
                facts.add(new Fact("intervention.areas", null, format.names(areas, names)));
            }
        }
        return facts;
    }

    private void name(List<Fact> facts, JsonNode payload, String field, String label) {
        if (payload.hasNonNull(field)) {
            facts.add(new Fact(label, null, format.name(payload.get(field).asText(), names)));
        }
    }

    private static void code(List<Fact> facts, JsonNode payload, String field, String label, String prefix) {
        if (payload.hasNonNull(field)) {
            facts.add(new Fact(label, prefix + "." + payload.get(field).asText(), null));
        }
    }

    private void date(List<Fact> facts, JsonNode payload, String field, String label) {
        if (payload.hasNonNull(field)) {
            facts.add(new Fact(
                    label,
                    null,
                    format.date(UncertainDate.parse(payload.get(field).asText()))));
        }
    }

    private static void text(List<Fact> facts, JsonNode payload, String field, String label) {
        if (payload.hasNonNull(field) && !payload.get(field).asText().isBlank()) {
            facts.add(new Fact(label, null, payload.get(field).asText()));
        }
    }
}
