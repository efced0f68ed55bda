package dk.kk.registry.command.common;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;

import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** Matches the {@link RuleViolation} of one named rule, so a test fails if a command is refused for another reason. */
public final class Refusals {

    private Refusals() {}

    public static Matcher<RuleViolation> violationOf(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a RuleViolation of rule", "rule") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.rule();
            }
        };
    }

    public static Matcher<RuleViolation> violationOf(String rule, String field) {
        Matcher<RuleViolation> ofRule = violationOf(rule);
        Matcher<RuleViolation> onField = new FeatureMatcher<>(equalTo(field), "on field", "field") {
            @Override
            protected String featureValueOf(RuleViolation violation) {
                return violation.field();
            }
        };
        return allOf(ofRule, onField);
    }

    /** The command recorded nothing and was refused for the {@code violation}. */
    public static void expectRefusal(ResultValidator<?> result, Matcher<RuleViolation> violation) {
        result.expectNoEvents().expectException(violation);
    }

    /** The command recorded nothing and was refused for the {@code violation}, saying {@code message}. */
    public static void expectRefusal(ResultValidator<?> result, Matcher<RuleViolation> violation, String message) {
        result.expectNoEvents().expectException(violation).expectExceptionMessage(message);
    }

    /** The command recorded nothing and was refused with a {@code refusal}, saying {@code message}. */
    public static void expectRefusal(ResultValidator<?> result, Class<? extends Throwable> refusal, String message) {
        result.expectNoEvents().expectException(refusal).expectExceptionMessage(message);
    }

    /** The command recorded nothing and was refused with a {@code refusal}. */
    public static void expectRefusal(ResultValidator<?> result, Class<? extends Throwable> refusal) {
        result.expectNoEvents().expectException(refusal);
    }
}
