package dk.kk.registry.shared.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a write's facts come from: a registered source and, optionally, the place in it ({@code locator}: section or
 * page), the words it says ({@code quotation}) and a note. Carried in every event of the write as the metadata entry
 * {@link AuditMetadata#CITATION}, a JSON object {@code {"wasDerivedFrom": "<source id>", "locator": "…",
 * "quotation": "…", "note": "…"}} with the absent parts left out; the names follow W3C PROV.
 */
public record Citation(String sourceId, String locator, String quotation, String note) {

    public static final String WAS_DERIVED_FROM = "wasDerivedFrom";
    public static final String LOCATOR = "locator";
    public static final String QUOTATION = "quotation";
    public static final String NOTE = "note";

    public static final int MAX_LOCATOR = 200;
    public static final int MAX_QUOTATION = 2000;
    public static final int MAX_NOTE = 2000;

    public Citation {
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("a citation names its source");
        }
        locator = blankToNull(locator);
        quotation = blankToNull(quotation);
        note = blankToNull(note);
    }

    public static Citation of(String sourceId, String locator, String quotation) {
        return new Citation(sourceId, locator, quotation, null);
    }

    /** The metadata value: a map of strings, as stored in the event's metadata JSON. */
    public Map<String, String> toMetadata() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(WAS_DERIVED_FROM, sourceId);
        if (locator != null) {
            map.put(LOCATOR, locator);
        }
        if (quotation != null) {
            map.put(QUOTATION, quotation);
        }
        if (note != null) {
            map.put(NOTE, note);
        }
        return map;
    }

    /** The citation in an event's metadata value, or null where the value is none. */
    public static Citation fromMetadata(Object value) {
        if (!(value instanceof Map<?, ?> map) || !(map.get(WAS_DERIVED_FROM) instanceof String id) || id.isBlank()) {
            return null;
        }
        return new Citation(id, text(map.get(LOCATOR)), text(map.get(QUOTATION)), text(map.get(NOTE)));
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
