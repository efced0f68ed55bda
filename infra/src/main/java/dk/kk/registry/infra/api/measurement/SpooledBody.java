package dk.kk.registry.infra.api.measurement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request body kept so that it can be read twice (checked, then recorded): in memory up to 1 MiB, beyond that in
 * a temporary file that is deleted when the body is closed. Refuses to keep more than a given number of bytes.
 */
final class SpooledBody implements AutoCloseable {

    private static final int IN_MEMORY = 1024 * 1024;

    /** The body is longer than allowed. */
    static final class TooLarge extends IOException {

        TooLarge() {
            super(null, null);
        }
    }

    private final byte[] bytes;
    private final Path file;

    private SpooledBody(byte[] bytes, Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    static SpooledBody read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[65536];
        long size = 0;
        int read;
        while (size <= IN_MEMORY && (read = in.read(buffer)) != -1) {
            memory.write(buffer, 0, read);
            size += read;
        }
        if (size <= IN_MEMORY) {
            if (size > max) {
                throw new TooLarge();
            }
            return new SpooledBody(memory.toByteArray(), null);
        }
        Path file = Files.createTempFile("measurements-", ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            memory.writeTo(out);
            while ((read = in.read(buffer)) != -1) {
                size += read;
                if (size > max) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (size > max) {
            Files.deleteIfExists(file);
            throw new TooLarge();
        }
        return new SpooledBody(null, file);
    }

    InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
