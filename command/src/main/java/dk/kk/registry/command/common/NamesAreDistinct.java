package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.ReferenceKind;

/**
 * Users pick organisations and areas by name, so two of a kind may not share one (ignoring case and spaces): a second
 * "Tingbjerg" must say which it is ("Tingbjerg Bibliotek", "Boligselskabet Tingbjerg"). A duplicate answers 409 with
 * the id of the one that has the name.
 */
public final class NamesAreDistinct {

    private NamesAreDistinct() {}

    public static void check(ReferenceNames names, ReferenceKind kind, String name, String id) {
        names.holderOf(kind, name, id).ifPresent(holder -> {
            throw new AlreadyRecorded(kind.withArticle() + " named '" + name.strip() + "' is already registered as '"
                    + holder + "' (names are compared ignoring case and spaces); give the new one a name that tells "
                    + "them apart");
        });
    }
}
