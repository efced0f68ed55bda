package dk.kk.registry.query.reference;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.source.SourceKind;
import dk.kk.registry.shared.source.SourceView;

/** A source as {@code reference_item} stores it: its date as the notation the source states it in. */
record SourceDocument(
        String id, String title, String publisher, String published, String identifier, SourceKind kind, String note) {

    static SourceDocument of(SourceView view) {
        return new SourceDocument(
                view.id(),
                view.title(),
                view.publisher(),
                view.published() == null ? null : view.published().notation(),
                view.identifier(),
                view.kind(),
                view.note());
    }

    SourceView toView() {
        return new SourceView(
                id,
                title,
                publisher,
                published == null ? null : UncertainDate.parse(published),
                identifier,
                kind,
                note);
    }
}
