package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.ReferenceKind;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The names of organisations and areas recorded so far, consistently with the event store: which one already goes by
 * a name, compared as people pick from a list — ignoring case, spaces and how the letters are composed. An
 * implementation holds a lock on the compared name until the command's transaction ends, so that two registrations of
 * the same name at once are decided one after the other.
 */
public interface ReferenceNames {

    /** The id of the organisation or area of {@code kind}, other than {@code except}, whose name compares equal. */
    Optional<String> holderOf(ReferenceKind kind, String name, String except);

    /** The form names are compared in: NFKC, lower case, without any white space. */
    static String compared(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Z}]+", "");
    }
}
