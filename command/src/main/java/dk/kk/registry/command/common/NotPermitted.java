package dk.kk.registry.command.common;

/** The signed-in user may not make this change; the web layer answers 403. */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message, null, false, false);
    }
}
