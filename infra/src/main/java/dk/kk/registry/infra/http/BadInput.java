package dk.kk.registry.infra.http;

/** A parameter or header the web layer itself checks is wrong (400). */
public class BadInput extends RuntimeException {

    private final String field;

    public BadInput(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
