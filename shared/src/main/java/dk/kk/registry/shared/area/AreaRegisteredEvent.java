package dk.kk.registry.shared.area;

import org.axonframework.serialization.Revision;

/** An area became known to the registry. */
@Revision("1")
public record AreaRegisteredEvent(String areaId, String name, AreaKind kind) {}
