package dk.kk.registry.shared.source;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/** A source became known to the registry; facts recorded from it cite it by its id. */
@Revision("1")
public record SourceRegisteredEvent(
        String sourceId,
        String title,
        String publisher,
        UncertainDate published,
        String identifier,
        SourceKind kind,
        String note) {}
