package dk.kk.registry.infra.imports;

/**
 * What is wrong with one row of a bulk request or import, and of which kind: input that cannot be read (400), a rule
 * of the registry (422), or a figure that is already recorded (409).
 */
public record RowError(Kind kind, String field, String message, String rule, String existingId) {

    public enum Kind {
        INPUT,
        RULE,
        DUPLICATE
    }

    public static RowError input(String field, String message) {
        return new RowError(Kind.INPUT, field, message, null, null);
    }

    static RowError rule(String rule, String field, String message) {
        return new RowError(Kind.RULE, field, message, rule, null);
    }

    static RowError duplicate(String message, String existingId) {
        return new RowError(Kind.DUPLICATE, null, message, null, existingId);
    }
}
