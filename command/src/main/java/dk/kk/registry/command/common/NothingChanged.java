package dk.kk.registry.command.common;

/**
 * A command that would record what the registry already knows: the same details, amount, name, target, value or
 * criteria as now. It is refused rather than recorded, so the log holds no event that changes nothing and a form
 * saved without a change says so. Every aggregate uses this one rule for it; the web layer answers 422.
 */
public class NothingChanged extends RuleViolation {

    public static final String RULE = "NothingChanged";

    public NothingChanged(String field, String message) {
        super(RULE, field, message);
    }
}
