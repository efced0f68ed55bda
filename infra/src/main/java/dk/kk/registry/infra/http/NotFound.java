package dk.kk.registry.infra.http;

/** The path names nothing the registry knows (404). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message, null, false, false);
    }
}
