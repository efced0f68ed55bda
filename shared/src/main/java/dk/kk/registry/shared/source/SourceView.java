package dk.kk.registry.shared.source;

import dk.kk.registry.shared.common.UncertainDate;

/** A source as the registry knows it. */
public record SourceView(
        String id,
        String title,
        String publisher,
        UncertainDate published,
        String identifier,
        SourceKind kind,
        String note) {}
