package dk.kk.registry.infra.imports;

/** The body or file as a whole cannot be read (broken JSON, not UTF-8, no header row): nothing is recorded. */
public class UnreadableBody extends RuntimeException {

    private final String field;

    public UnreadableBody(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
