package dk.kk.registry.infra.http;

import java.time.Instant;

/** The path names nothing the registry knows (404). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message, null, false, false);
    }

    /** No {@code what} {@code id} now, or none recorded as of {@code asOf} where a read asked for an instant. */
    public static NotFound asOf(String what, String id, Instant asOf) {
        return new NotFound(
                asOf == null ? "no " + what + " " + id : "no " + what + " " + id + " was recorded as of " + asOf);
    }
}
