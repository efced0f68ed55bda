package dk.kk.registry.shared.measurement;

import dk.kk.registry.shared.common.UncertainDate;
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

    /** A bulk import derives 100 000 ids; looking the algorithm up each time would be a noticeable part of it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private MeasurementIds() {}

    public static String of(String indicator, String area, LocalDate periodFrom, LocalDate periodTo) {
        return digest(indicator + '|' + area + '|' + periodFrom + '|' + periodTo);
    }

    /**
     * The id of a measurement whose period is uncertain ({@code null}: exactly periodFrom to periodTo, as above). Its
     * key is the period as stated, so "2024?" is one measurement and "2024" another: a source that is unsure of the
     * year does not state the same fact as one that is sure of it, and a second "2024?" for the same indicator and
     * area is refused as the same measurement again.
     */
    public static String of(
            String indicator, String area, LocalDate periodFrom, LocalDate periodTo, UncertainDate period) {
        return period == null
                ? of(indicator, area, periodFrom, periodTo)
                : digest(indicator + '|' + area + '|' + period.notation());
    }

    private static String digest(String key) {
        byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return "m-" + HexFormat.of().formatHex(digest, 0, HEX_DIGITS / 2);
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }
}
