package dk.kk.registry.shared.organisation;

/** An organisation as the registry knows it. */
public record OrganisationView(String id, String name, OrganisationKind kind) {}
