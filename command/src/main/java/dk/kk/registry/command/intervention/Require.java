package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.RuleViolation;

final class Require {

    private Require() {}

    static <T> T present(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RuleViolation("RequiredFields", field, field + " is required");
        }
        return value;
    }

    static void maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new RuleViolation("TextLimits", field, field + " is longer than " + max + " characters");
        }
    }
}
