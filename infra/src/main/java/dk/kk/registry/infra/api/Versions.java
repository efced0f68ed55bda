package dk.kk.registry.infra.api;

import dk.kk.registry.infra.http.BadInput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Versions in ETag and If-Match: the aggregate's version as a quoted number. */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private Versions() {}

    /** The version an If-Match header expects, or null when there is none (or it is {@code *}). */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new BadInput(HttpHeaders.IF_MATCH, "If-Match must be a version as given in an ETag, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.status(HttpStatus.OK).eTag(etag(version)).body(body);
    }
}
