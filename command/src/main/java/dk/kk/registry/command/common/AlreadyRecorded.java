package dk.kk.registry.command.common;

/** A create named an id that is already in use; the web layer answers 409. */
public class AlreadyRecorded extends RuntimeException {

    public AlreadyRecorded(String message) {
        super(message, null, false, false);
    }
}
