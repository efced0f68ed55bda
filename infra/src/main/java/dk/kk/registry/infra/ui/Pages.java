package dk.kk.registry.infra.ui;

import java.util.regex.Pattern;

/** Small rules the UI's controllers share. */
final class Pages {

    /** A path on this site: begins with one slash, no scheme or host, so a redirect never leaves the registry. */
    private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/._~%?&=+-]*");

    private Pages() {}

    static String localPath(String candidate) {
        return candidate != null && LOCAL.matcher(candidate).matches() ? candidate : "/";
    }
}
