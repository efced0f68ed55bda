package dk.kk.registry.command.common;

/**
 * A command refused by a rule of the registry. The web layer answers 422 with the rule's name and message; a
 * {@code field} names the part of the request the rule is about, where there is one.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public RuleViolation(String rule, String message) {
        this(rule, null, message);
    }

    public RuleViolation(String rule, String field, String message) {
        super(message, null, false, false);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
