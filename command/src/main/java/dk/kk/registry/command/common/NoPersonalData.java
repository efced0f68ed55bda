package dk.kk.registry.command.common;

import java.util.regex.Pattern;

/**
 * The registry holds no personal data about citizens (DOMAIN.md, rule 7): free text that looks like a CPR number
 * (a date of birth as ddmmyy, then four digits, with or without a hyphen) is refused.
 */
public final class NoPersonalData {

    private static final Pattern CPR =
            Pattern.compile("(?<![0-9])(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}[- ]?[0-9]{4}(?![0-9])");

    private NoPersonalData() {}

    public static void check(String text, String field) {
        if (text != null && CPR.matcher(text).find()) {
            throw new RuleViolation(
                    "NoPersonalData",
                    field,
                    field + " looks like it holds a CPR number; the registry holds no personal data");
        }
    }
}
