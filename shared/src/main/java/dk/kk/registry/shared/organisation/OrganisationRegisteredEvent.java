package dk.kk.registry.shared.organisation;

import org.axonframework.serialization.Revision;

/** An organisation became known to the registry. */
@Revision("1")
public record OrganisationRegisteredEvent(String organisationId, String name, OrganisationKind kind) {}
