package dk.kk.registry.infra.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash chain's definition (ADR 0009), kept in one place so that the chain processor, the verification and the
 * export agree byte for byte with {@code scripts/verify-export.py}.
 *
 * <p>A link is {@code sha256(canonical([previousHash, position, eventId, payloadType, payloadRevision, aggregateId,
 * sequence, timestamp, payload, metadata]))} in lower-case hex, with 64 zeros before the first event.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private static final JsonFactory FACTORY = new JsonFactory();

    private HashChain() {}

    /** One stored event, its fields exactly as the event table holds them. */
    public record StoredEvent(
            long position,
            String eventId,
            String payloadType,
            String payloadRevision,
            String aggregateId,
            long sequence,
            String timestamp,
            byte[] payload,
            byte[] metadata) {}

    public static String link(String previousHash, StoredEvent event) {
        return link(previousHash, event, canonical(event.payload()), canonical(event.metadata()));
    }

    /** For callers that already hold the canonical payload and metadata (the export writes them too). */
    public static String link(
            String previousHash, StoredEvent event, String canonicalPayload, String canonicalMetadata) {
        StringBuilder preimage = new StringBuilder(256 + canonicalPayload.length() + canonicalMetadata.length());
        preimage.append('[');
        string(preimage, previousHash).append(',').append(event.position()).append(',');
        string(preimage, event.eventId()).append(',');
        string(preimage, event.payloadType()).append(',');
        if (event.payloadRevision() == null) {
            preimage.append("null");
        } else {
            string(preimage, event.payloadRevision());
        }
        preimage.append(',');
        string(preimage, event.aggregateId())
                .append(',')
                .append(event.sequence())
                .append(',');
        string(preimage, event.timestamp()).append(',');
        preimage.append(canonicalPayload).append(',').append(canonicalMetadata).append(']');
        return sha256(preimage.toString());
    }

    static String sha256(String ascii) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(ascii.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The canonical text of a stored JSON column; an absent column (SQL NULL) is JSON {@code null}. */
    public static String canonical(byte[] json) {
        if (json == null) {
            return "null";
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new NotJson("empty");
            }
            StringBuilder out = new StringBuilder(json.length);
            value(parser, out);
            if (parser.nextToken() != null) {
                throw new NotJson("trailing content after the JSON value");
            }
            return out.toString();
        } catch (IOException e) {
            throw new NotJson(e.getMessage());
        }
    }

    /**
     * The canonical text of the JSON value the parser stands at (its current token), read to its end: how a value
     * embedded in a larger document, an exported line's payload, is brought to the form the chain hashes.
     */
    public static String canonicalValue(JsonParser parser) {
        try {
            StringBuilder out = new StringBuilder();
            value(parser, out);
            return out.toString();
        } catch (IOException e) {
            throw new NotJson(e.getMessage());
        }
    }

    public static String canonical(String json) {
        return json == null ? "null" : canonical(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A stored column that is not JSON: the chain cannot be computed over it (the log holds Jackson's JSON only). */
    public static final class NotJson extends RuntimeException {
        NotJson(String message) {
            super(message, null, false, false);
        }
    }

    private static void value(JsonParser parser, StringBuilder out) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                // Keys in code-point order, the order Python's sorted() gives; a repeated key keeps its last value.
                Map<String, String> members = new TreeMap<>(HashChain::compareCodePoints);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    StringBuilder member = new StringBuilder();
                    value(parser, member);
                    members.put(key, member.toString());
                }
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, String> member : members.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(out, member.getKey()).append(':').append(member.getValue());
                }
                out.append('}');
            }
            case START_ARRAY -> {
                out.append('[');
                boolean first = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    value(parser, out);
                }
                out.append(']');
            }
            case VALUE_STRING -> string(out, parser.getText());
            // A number keeps its literal text: JSON does not say that 1.0 and 1.00 are the same value, and the
            // registry's amounts are decimal, so no binary floating point may round them.
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.append(parser.getText());
            case VALUE_TRUE -> out.append("true");
            case VALUE_FALSE -> out.append("false");
            case VALUE_NULL -> out.append("null");
            default -> throw new NotJson("unexpected " + token);
        }
    }

    /** A JSON string with everything outside printable ASCII escaped, so the canonical text is pure ASCII. */
    static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= 0x20 && c <= 0x7e) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"');
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
