package dk.kk.registry.infra.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kk.registry.infra.config.UncertainJson;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.intervention.CorrectableEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An event's payload as a reader takes it in: each field under its label in the reader's language ({@code
 * field.<name>}), codes by their labels, ids by the names they stand for; and the JSON itself, indented, with its
 * characters as they are (the log's canonical form escapes every non-ASCII one, which no reader can read).
 */
@Component
class EventPayloads {

    /** One labelled field of a payload. */
    /** A field of an event: its label, its value as shown, and whether that value is an id with no name to show. */
    record Field(String name, String label, String value, boolean id) {}

    /** The prefix of a code's label by the field that carries it, where the field's name is not the prefix. */
    private static final Map<String, List<String>> CODE_LABELS = Map.of(
            "targetGroups", List.of("targetGroup"),
            "role", List.of("partnerRole", "role"),
            "list", List.of("designationList"),
            "kind", List.of("kind", "organisationKind", "areaKind", "sourceKind", "analysisKind"),
            "status", List.of("planStatus", "status"),
            "target", List.of("targetType"),
            "type", List.of("goalTargetType", "type"),
            "outcome", List.of("attainment"));

    /** Values that are only ids (UUIDs, a measurement's {@code m-…}), one or several: shown as code. */
    private static final java.util.regex.Pattern UNNAMED_IDS = java.util.regex.Pattern.compile(
            "(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|m-[0-9a-f]{32})"
                    + "(?:, (?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|m-[0-9a-f]{32}))*");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** The keys of an uncertain value's object forms ({@code UncertainJson}): a range, a bound or "about". */
    private static final Set<String> VALUE_FORMS = Set.of("from", "to", "below", "above", "about", "approximate");

    private static final ObjectMapper VALUES = new ObjectMapper().registerModule(UncertainJson.forEvents());

    private final MessageSource messages;
    private final UiFormat format;

    EventPayloads(MessageSource messages, UiFormat format) {
        this.messages = messages;
        this.format = format;
    }

    List<Field> fields(String payload, Map<String, String> names, Locale locale) {
        JsonNode tree = read(payload);
        List<Field> fields = new ArrayList<>();
        if (tree == null || !tree.isObject()) {
            return fields;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = tree.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getValue().isNull()) {
                continue;
            }
            String name = entry.getKey();
            String shown = value(name, entry.getValue(), names, locale);
            boolean id = (name.equals("id") || name.endsWith("Id"))
                            && entry.getValue().isTextual()
                            && !names.containsKey(entry.getValue().asText())
                    || UNNAMED_IDS.matcher(shown).matches();
            fields.add(new Field(name, messages.getMessage("field." + name, null, name, locale), shown, id));
        }
        return fields;
    }

    /** The payload indented, non-ASCII characters written as themselves. */
    String pretty(String payload) {
        return write(payload, true);
    }

    /** The payload on one line, non-ASCII characters written as themselves: for a download. */
    String plain(String payload) {
        return write(payload, false);
    }

    private static String write(String payload, boolean indented) {
        JsonNode tree = read(payload);
        try {
            return tree == null ? payload : indented ? JSON.writeValueAsString(tree) : PLAIN.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return payload;
        }
    }

    /** An uncertain value as its source stated it ("67–72", "ca. 20"), or null where the object is something else. */
    private static UncertainValue uncertainValue(JsonNode node) {
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty() || !VALUE_FORMS.containsAll(keys)) {
            return null;
        }
        try {
            return VALUES.treeToValue(node, UncertainValue.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private String value(String field, JsonNode value, Map<String, String> names, Locale locale) {
        if (value.isArray()) {
            StringJoiner joined = new StringJoiner(", ");
            value.forEach(item -> joined.add(value(field, item, names, locale)));
            return joined.toString();
        }
        if (value.isObject()) {
            UncertainValue uncertain = uncertainValue(value);
            if (uncertain != null) {
                return format.value(uncertain);
            }
            StringJoiner joined = new StringJoiner("; ");
            value.fields().forEachRemaining(entry -> {
                if (!entry.getValue().isNull()) {
                    joined.add(messages.getMessage("field." + entry.getKey(), null, entry.getKey(), locale) + ": "
                            + value(entry.getKey(), entry.getValue(), names, locale));
                }
            });
            return joined.toString();
        }
        String text = value.asText();
        if (text.matches("[A-Z][A-Z0-9_]*")) {
            if (field.equals("correctedEvent")) {
                // a correction names the kind of event it corrects: shown as that event is named in the log
                for (CorrectableEvent kind : CorrectableEvent.values()) {
                    if (kind.name().equals(text)) {
                        return messages.getMessage("event." + kind.eventType(), null, text, locale);
                    }
                }
            }
            for (String prefix : CODE_LABELS.getOrDefault(field, List.of(field))) {
                String label = messages.getMessage(prefix + "." + text, null, null, locale);
                if (label != null) {
                    return label;
                }
            }
        }
        if (text.equals("unknown")) {
            // an uncertain date the source does not give (UncertainDate's notation)
            return messages.getMessage("date.unknown", null, text, locale);
        }
        if (value.isNumber() && text.contains(".") || text.matches("-?\\d+\\.\\d+")) {
            // a decimal as the page writes numbers: "17,3" in Danish
            return "da".equals(locale.getLanguage()) ? text.replace('.', ',') : text;
        }
        String name = names.get(text);
        int colon = text.indexOf(": ");
        if (name == null && colon > 0 && names.containsKey(text.substring(0, colon))) {
            // a source cited as "<id>: <place in it>"
            String id = text.substring(0, colon);
            return names.get(id) + " (" + id + ")" + text.substring(colon);
        }
        return name == null ? text : name + " (" + text + ")";
    }

    private static JsonNode read(String payload) {
        try {
            return payload == null ? null : JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
