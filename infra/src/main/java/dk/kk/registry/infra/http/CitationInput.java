package dk.kk.registry.infra.http;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.shared.common.Citation;
import java.util.Iterator;
import java.util.Map;

/**
 * A citation as a client writes it, {@code {"id", "locator", "quotation", "note"}}: each part a text under
 * {@link AdmissibleText} within its limit, the id required, no other field. Refused with {@link BadInput} naming the
 * part ({@code source.quotation}).
 */
public final class CitationInput {

    public static final String FIELD = "source";

    private CitationInput() {}

    public static Citation read(JsonNode object) {
        String id = null;
        String locator = null;
        String quotation = null;
        String note = null;
        for (Iterator<Map.Entry<String, JsonNode>> parts = object.fields(); parts.hasNext(); ) {
            Map.Entry<String, JsonNode> part = parts.next();
            String name = part.getKey();
            String field = FIELD + "." + AdmissibleText.escaped(name);
            int limit =
                    switch (name) {
                        case "id" -> 200;
                        case Citation.LOCATOR -> Citation.MAX_LOCATOR;
                        case Citation.QUOTATION -> Citation.MAX_QUOTATION;
                        case Citation.NOTE -> Citation.MAX_NOTE;
                        default -> throw new BadInput(field, "a citation has only id, locator, quotation and note");
                    };
            JsonNode value = part.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw new BadInput(field, "expected a text");
            }
            String text = AdmissibleText.admit(field, value.textValue());
            if (text.length() > limit) {
                throw new BadInput(field, "at most " + limit + " characters");
            }
            switch (name) {
                case "id" -> id = text;
                case Citation.LOCATOR -> locator = text;
                case Citation.QUOTATION -> quotation = text;
                default -> note = text;
            }
        }
        if (id == null || id.isBlank()) {
            throw new BadInput(FIELD + ".id", "a citation names its source's id");
        }
        return new Citation(id.strip(), locator, quotation, note);
    }
}
