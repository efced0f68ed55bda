package dk.kk.registry.shared.area;

/** An area as the registry knows it. */
public record AreaView(String id, String name, AreaKind kind) {}
