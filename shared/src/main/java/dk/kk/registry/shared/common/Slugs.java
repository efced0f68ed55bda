package dk.kk.registry.shared.common;

import java.util.regex.Pattern;

/** Natural keys of reference data (areas, indicators): lower-case words joined by hyphens. */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 64;

    private Slugs() {}

    public static boolean isValid(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH
                && SLUG.matcher(candidate).matches();
    }
}
