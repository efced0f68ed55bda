package dk.kk.registry.infra.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kk.registry.infra.audit.ExportFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a backup holds, written beside its export ({@code registry-…ndjson} and {@code registry-…manifest.json}): the
 * number of events, the last one's position, recording time and chain hash, when it was taken and by which version. A
 * restore reads it when it is there, so that a file cut at a line's end (which no line can show) is refused too.
 */
public record BackupManifest(
        String file,
        long events,
        Long lastPosition,
        String lastRecordedAt,
        String chainHead,
        String takenAt,
        String version) {

    static final String EXPORT_SUFFIX = ".ndjson";
    static final String MANIFEST_SUFFIX = ".manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The manifest that belongs to an export file: the same name with {@code .manifest.json} for {@code .ndjson}. */
    static Path pathFor(Path export) {
        String name = export.getFileName().toString();
        String stem = name.endsWith(EXPORT_SUFFIX) ? name.substring(0, name.length() - EXPORT_SUFFIX.length()) : name;
        return export.resolveSibling(stem + MANIFEST_SUFFIX);
    }

    /** The manifest beside an export, if a backup wrote one; an unreadable one refuses the restore. */
    public static Optional<BackupManifest> beside(Path export) {
        Path path = pathFor(export);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(path.toFile(), BackupManifest.class));
        } catch (IOException e) {
            throw new ExportFile.Refused(0, "the manifest " + path + " cannot be read: " + e.getMessage());
        }
    }

    /** Refuses a file that holds fewer or other events than the backup wrote. */
    void check(ExportFile.Checked file) {
        if (file.events() != events || !file.chainHead().equals(chainHead)) {
            throw new ExportFile.Refused(
                    file.events(),
                    "the file ends after " + file.events() + " events with head "
                            + file.chainHead() + ", its manifest says " + events + " events with head " + chainHead
                            + ": the file is cut short or not the one the backup wrote");
        }
    }

    void write(Path path) {
        try {
            JSON.writeValue(path.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
