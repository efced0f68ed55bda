package dk.kk.registry.shared.organisation;

import java.time.Instant;

/** One organisation by id. */
public record FindOrganisationQuery(String organisationId, Instant asOf) {}
