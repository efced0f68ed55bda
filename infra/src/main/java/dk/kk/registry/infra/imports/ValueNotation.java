package dk.kk.registry.infra.imports;

import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as staff write it in a spreadsheet cell or a form field: {@code 0,6} or {@code 0.6} (exact), {@code 67-72}
 * or {@code 67–72} (a range, as "mellem 67 - 72 %"), {@code <60} (below, as "knap 60 %"), {@code >5} (above) and
 * {@code ~20} or {@code ca. 20} (about, as "ca. 20 %").
 */
public final class ValueNotation {

    public static final String FORMS =
            "a decimal number such as 1,4, nor a range such as 67-72, a bound such as <60 or >5 or an approximate value "
                    + "such as ~20 or ca. 20";

    private static final int MAX_LENGTH = 64;
    private static final String NUMBER = "([+-]?[0-9]+(?:[.,][0-9]+)?)";
    private static final Pattern EXACT = Pattern.compile(NUMBER);
    private static final Pattern RANGE = Pattern.compile(NUMBER + "\\s*[-–]\\s*" + NUMBER);
    private static final Pattern BOUND = Pattern.compile("([<>])\\s*" + NUMBER);
    private static final Pattern ABOUT = Pattern.compile("(?:~|ca\\.?|cirka)\\s*" + NUMBER, Pattern.CASE_INSENSITIVE);

    private ValueNotation() {}

    /**
     * The value the text states; {@code null} for blank text.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static UncertainValue parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a value has at most " + MAX_LENGTH + " characters");
        }
        Matcher matcher = EXACT.matcher(value);
        if (matcher.matches()) {
            return UncertainValue.exact(decimal(matcher.group(1)));
        }
        matcher = RANGE.matcher(value);
        if (matcher.matches()) {
            BigDecimal from = decimal(matcher.group(1));
            BigDecimal to = decimal(matcher.group(2));
            if (from.compareTo(to) > 0) {
                throw new IllegalArgumentException("'" + value + "' is a range whose first figure exceeds its second");
            }
            return UncertainValue.range(from, to);
        }
        matcher = BOUND.matcher(value);
        if (matcher.matches()) {
            BigDecimal bound = decimal(matcher.group(2));
            return matcher.group(1).equals("<") ? UncertainValue.below(bound) : UncertainValue.above(bound);
        }
        matcher = ABOUT.matcher(value);
        if (matcher.matches()) {
            return UncertainValue.about(decimal(matcher.group(1)));
        }
        throw new IllegalArgumentException("'" + value + "' is not " + FORMS);
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }
}
