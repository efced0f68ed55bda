package dk.kk.registry.shared.area;

import org.axonframework.serialization.Revision;

/** An area is known by a new name from now on. */
@Revision("1")
public record AreaRenamedEvent(String areaId, String name) {}
