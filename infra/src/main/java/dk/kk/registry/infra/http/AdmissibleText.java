package dk.kk.registry.infra.http;

import java.text.Normalizer;

/**
 * The one rule for text that enters the registry, in a body at any depth, a field name, a form field, a parameter, a
 * path segment or a header the registry reads. Refused, with 400 naming the field:
 * <ul>
 * <li>control characters (Unicode category Cc) other than tab, line feed and carriage return: U+0000–U+001F, DEL
 * U+007F and the C1 controls U+0080–U+009F. PostgreSQL's text cannot hold NUL at all; the others cannot be seen,
 * survive no copy into a spreadsheet or an XML export intact, and some are terminal commands (ESC U+001B, CSI U+009B)
 * that act on whoever reads a log. DEL and C1 are refused with C0 because no one types them: a C1 character in text is
 * nearly always Windows-1252 read as Latin-1 ("€" arriving as U+0080), which is better corrected where it came from
 * than stored for ever;</li>
 * <li>an unpaired surrogate (U+D800–U+DFFF not part of a pair): it is no character at all, UTF-8 cannot encode it, and
 * PostgreSQL's {@code jsonb} refuses its escape, so once in the log it broke every read that cast the log to
 * {@code jsonb};</li>
 * <li>the non-characters U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …,
 * U+10FFFF), which Unicode reserves for a program's own use and never for interchange.</li>
 * </ul>
 * Everything else is admitted, including format characters such as the right-to-left marks that Arabic and Hebrew
 * text needs, and is normalised to NFC before it reaches a command, so that "é" written as e and a combining accent is
 * stored, compared and searched as the one character U+00E9.
 */
public final class AdmissibleText {

    private AdmissibleText() {}

    /** Why the text is refused, said without the text itself; {@code null} when it is admissible. */
    public static String violation(String text) {
        if (text == null) {
            return null;
        }
        int position = 0;
        for (int i = 0; i < text.length(); position++) {
            char c = text.charAt(i);
            int codePoint;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                i += 2;
            } else {
                codePoint = c;
                i++;
            }
            String kind = kind(codePoint);
            if (kind != null) {
                return "contains " + name(codePoint) + ", " + kind + ", at character " + (position + 1)
                        + "; text may not hold control characters other than tab, line feed and carriage return, "
                        + "unpaired surrogates or Unicode non-characters";
            }
        }
        return null;
    }

    public static boolean admissible(String text) {
        return violation(text) == null;
    }

    /** The text in NFC, or {@link Refused} naming the field when it breaks the rule. */
    public static String admit(String field, String text) {
        String violation = violation(text);
        if (violation != null) {
            throw new Refused(field, violation);
        }
        return nfc(text);
    }

    /** NFC of any text, admissible or not: what is let in is always composed. */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The text with every character the rule refuses written as {@code \}{@code uXXXX}, to name a field whose name
     * itself breaks the rule without echoing what was refused.
     */
    public static String escaped(String text) {
        if (admissible(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 12);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            int codePoint = paired ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
            if (kind(codePoint) == null) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(String.format("\\u%04x", (int) c));
                if (paired) {
                    out.append(String.format("\\u%04x", (int) text.charAt(i + 1)));
                }
            }
            if (paired) {
                i++;
            }
        }
        return out.toString();
    }

    private static String kind(int codePoint) {
        if (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                || codePoint >= 0x7F && codePoint <= 0x9F) {
            return "a control character";
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return "an unpaired surrogate";
        }
        if (codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE) {
            return "a Unicode non-character";
        }
        return null;
    }

    private static String name(int codePoint) {
        return String.format(codePoint > 0xFFFF ? "U+%06X" : "U+%04X", codePoint);
    }

    /** Text that breaks the rule: a 400 naming the field, in the API and on a form alike. */
    public static final class Refused extends BadInput {

        public Refused(String field, String message) {
            super(field, message);
        }
    }
}
