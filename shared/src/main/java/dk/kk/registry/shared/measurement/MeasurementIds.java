package dk.kk.registry.shared.measurement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A measurement's id follows from what it measures: the indicator, the area and the period. The same figure can
 * therefore be recorded only once (the event store refuses a second first event under the same id), and an import
 * repeated by mistake adds nothing.
 */
public final class MeasurementIds {

    /** 128 bits of SHA-256: a collision between two keys is not a practical concern. */
    private static final int HEX_DIGITS = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("m-[0-9a-f]{" + HEX_DIGITS + "}");

    private MeasurementIds() {
    }

    public static String of(String indicator, String area, LocalDate periodFrom, LocalDate periodTo) {
        String key = indicator + '|' + area + '|' + periodFrom + '|' + periodTo;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "m-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }
}
