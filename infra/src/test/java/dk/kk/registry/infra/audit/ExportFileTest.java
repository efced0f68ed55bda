package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export read back for a restore: the chain recomputed line by line, and a file refused at the line it breaks. */
class ExportFileTest {

    @TempDir
    Path directory;

    /** Three exported lines, linked as the export links them, with the payload in its stored (non-canonical) form. */
    private static List<String> export() {
        List<String> lines = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int position = 1; position <= 3; position++) {
            String payload = "{ \"title\": \"Lektiecafé " + position + "\", \"amount\": 1.10 }";
            String metadata = "{\"user\":\"pm.tmf\",\"reason\":\"første\"}";
            HashChain.StoredEvent event = new HashChain.StoredEvent(
                    position * 2,
                    "e-" + position,
                    "dk.kk.registry.shared.intervention.InterventionRegisteredEvent",
                    "1",
                    "a-1",
                    position - 1,
                    "2024-06-01T12:00:0" + position + ".123456Z",
                    payload.getBytes(StandardCharsets.UTF_8),
                    metadata.getBytes(StandardCharsets.UTF_8));
            previous = HashChain.link(previous, event);
            lines.add("{\"position\":" + event.position() + ",\"eventId\":\"" + event.eventId()
                    + "\",\"type\":\"InterventionRegisteredEvent\",\"payloadType\":\"" + event.payloadType()
                    + "\",\"payloadRevision\":\"1\",\"aggregateType\":\"Intervention\",\"aggregateId\":\"a-1\","
                    + "\"sequence\":" + event.sequence() + ",\"recordedAt\":\"" + event.timestamp()
                    + "\",\"recordedBy\":\"pm.tmf\",\"payload\":" + payload + ",\"metadata\":" + metadata
                    + ",\"chainHash\":\"" + previous + "\",\"linked\":true}");
        }
        return lines;
    }

    private Path file(List<String> lines, boolean newlineAtTheEnd) throws IOException {
        Path file = directory.resolve("export.ndjson");
        String text = String.join("\n", lines) + (newlineAtTheEnd ? "\n" : "");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anIntactExportGivesItsEventsAsStoredAndItsHead() throws IOException {
        List<String> lines = export();
        ExportFile.Checked checked = new ExportFile(file(lines, true)).verify();

        assertThat(checked.events()).isEqualTo(3);
        assertThat(checked.lastPosition()).isEqualTo(6);
        assertThat(lines.get(2)).contains("\"chainHash\":\"" + checked.chainHead() + "\"");
        List<ExportFile.Line> read = new ArrayList<>();
        new ExportFile(file(lines, true)).read(read::add);
        assertThat(read.get(0).aggregateType()).isEqualTo("Intervention");
        assertThat(new String(read.get(0).event().payload(), StandardCharsets.US_ASCII))
                .isEqualTo("{\"amount\":1.10,\"title\":\"Lektiecaf\\u00e9 1\"}");
    }

    @Test
    void aChangedPayloadIsRefusedAtItsLine() throws IOException {
        List<String> lines = export();
        lines.set(1, lines.get(1).replace("\"amount\": 1.10", "\"amount\": 1.1"));

        assertThatThrownBy(() -> new ExportFile(file(lines, true)).verify())
                .isInstanceOf(ExportFile.Refused.class)
                .hasMessageStartingWith("line 2: the hash chain breaks at position 4");
    }

    @Test
    void aRemovedLineBreaksTheChainAtTheLineAfterIt() throws IOException {
        List<String> lines = export();
        lines.remove(1);

        assertThatThrownBy(() -> new ExportFile(file(lines, true)).verify())
                .hasMessageStartingWith("line 2: the hash chain breaks at position 6");
    }

    @Test
    void aFileCutInItsLastLineIsRefused() throws IOException {
        List<String> lines = export();

        assertThatThrownBy(() -> new ExportFile(file(lines, false)).verify())
                .hasMessageStartingWith("line 3: the last line does not end");
        lines.set(2, lines.get(2).substring(0, 100));
        assertThatThrownBy(() -> new ExportFile(file(lines, true)).verify()).hasMessageStartingWith("line 3: not JSON");
    }

    @Test
    void anEmptyFileAndOtherJsonAreRefused() throws IOException {
        assertThatThrownBy(() -> new ExportFile(file(List.of(), false)).verify())
                .hasMessage("the file holds no events");
        assertThatThrownBy(() -> new ExportFile(file(List.of("{\"position\":1}"), true)).verify())
                .hasMessageStartingWith("line 1: no sequence");
    }
}
