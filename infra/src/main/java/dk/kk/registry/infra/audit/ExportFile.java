package dk.kk.registry.infra.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An NDJSON export of the event log ({@code GET /api/audit/export}, a backup) read back, one line at a time: each line's
 * event with the columns the event table holds, and its chain hash. The columns come back as the chain hashes them
 * (ADR 0009), so that an event written from a line links to the same hash as the line states.
 */
public final class ExportFile {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;

    public ExportFile(Path file) {
        this.file = file;
    }

    /** One exported event: its line number (from 1), the event's stored columns, and the hash the line states. */
    public record Line(long number, HashChain.StoredEvent event, String aggregateType, String chainHash) {}

    /** Told each line in turn. */
    @FunctionalInterface
    public interface LineHandler {
        void line(Line line);
    }

    /** Why a file cannot be restored, with the line it fails at (0 when it is the file as a whole). */
    public static final class Refused extends RuntimeException {
        private final long line;

        public Refused(long line, String reason) {
            super(line == 0 ? reason : "line " + line + ": " + reason, null, false, false);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** What a whole, intact file holds. */
    public record Checked(long events, long lastPosition, String chainHead, String lastRecordedAt) {}

    /**
     * Recomputes the chain over every line and compares it with each line's {@code chainHash}; refuses at the first
     * line that breaks it, that is not an exported event, or when the file does not end with a whole line (cut short
     * while it was copied or written).
     */
    public Checked verify() {
        Chain chain = new Chain();
        read(chain::next);
        if (chain.events == 0) {
            throw new Refused(0, "the file holds no events");
        }
        return new Checked(chain.events, chain.lastPosition, chain.previous, chain.lastRecordedAt);
    }

    /** Reads every line in order; refuses one that is not an exported event, and a last line cut short. */
    public void read(LineHandler handler) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                handler.line(parse(number, text));
            }
            if (number > 0 && !endsWithNewline()) {
                throw new Refused(number, "the last line does not end: the file is cut short");
            }
        } catch (IOException e) {
            throw new Refused(0, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private boolean endsWithNewline() throws IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "r")) {
            if (raw.length() == 0) {
                return true;
            }
            raw.seek(raw.length() - 1);
            return raw.read() == '\n';
        }
    }

    static Line parse(long number, String text) {
        Long position = null;
        Long sequence = null;
        String eventId = null;
        String payloadType = null;
        String payloadRevision = null;
        String aggregateType = null;
        String aggregateId = null;
        String recordedAt = null;
        String payload = null;
        String metadata = null;
        String chainHash = null;
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new Refused(number, "not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "position" -> position = number(number, parser, field);
                    case "sequence" -> sequence = number(number, parser, field);
                    case "eventId" -> eventId = text(parser);
                    case "payloadType" -> payloadType = text(parser);
                    case "payloadRevision" -> payloadRevision = text(parser);
                    case "aggregateType" -> aggregateType = text(parser);
                    case "aggregateId" -> aggregateId = text(parser);
                    case "recordedAt" -> recordedAt = text(parser);
                    case "chainHash" -> chainHash = text(parser);
                    case "payload" -> payload = HashChain.canonicalValue(parser);
                    case "metadata" -> metadata = HashChain.canonicalValue(parser);
                    default -> {
                        if (value.isStructStart()) {
                            parser.skipChildren();
                        }
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new Refused(number, "not one JSON object");
            }
        } catch (IOException | HashChain.NotJson e) {
            throw new Refused(number, "not JSON: " + e.getMessage());
        }
        require(number, "position", position);
        require(number, "sequence", sequence);
        require(number, "eventId", eventId);
        require(number, "payloadType", payloadType);
        require(number, "aggregateId", aggregateId);
        require(number, "recordedAt", recordedAt);
        require(number, "payload", payload);
        require(number, "metadata", metadata);
        return new Line(
                number,
                new HashChain.StoredEvent(
                        position,
                        eventId,
                        payloadType,
                        payloadRevision,
                        aggregateId,
                        sequence,
                        recordedAt,
                        payload.getBytes(StandardCharsets.US_ASCII),
                        "null".equals(metadata) ? null : metadata.getBytes(StandardCharsets.US_ASCII)),
                aggregateType,
                chainHash);
    }

    private static Long number(long line, JsonParser parser, String field) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new Refused(line, field + " is not a whole number");
        }
        return parser.getLongValue();
    }

    private static String text(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
    }

    private static void require(long line, String field, Object value) {
        if (value == null) {
            throw new Refused(line, "no " + field + ": not an exported event");
        }
    }

    /** The chain recomputed line by line, from the 64 zeros before the first event. */
    private static final class Chain {
        private String previous = HashChain.GENESIS;
        private long lastPosition = -1;
        private String lastRecordedAt;
        private long events;

        void next(Line line) {
            HashChain.StoredEvent event = line.event();
            if (event.position() <= lastPosition) {
                throw new Refused(
                        line.number(),
                        "position " + event.position() + " does not follow position " + lastPosition
                                + ": the lines are out of order");
            }
            String computed = HashChain.link(previous, event);
            if (!computed.equals(line.chainHash())) {
                throw new Refused(
                        line.number(),
                        "the hash chain breaks at position " + event.position() + ": the line states "
                                + line.chainHash() + ", its content links to " + computed);
            }
            previous = computed;
            lastPosition = event.position();
            lastRecordedAt = event.timestamp();
            events++;
        }
    }
}
