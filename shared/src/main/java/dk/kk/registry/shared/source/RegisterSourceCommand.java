package dk.kk.registry.shared.source;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a source (kilde) by its slug: a document facts are recorded from, with its date as the document states it
 * ({@code 2011-09}, {@code 2024}) and an identifier such as a journal number or URL.
 */
public record RegisterSourceCommand(
        @TargetAggregateIdentifier String sourceId,
        String title,
        String publisher,
        UncertainDate published,
        String identifier,
        SourceKind kind,
        String note) {}
