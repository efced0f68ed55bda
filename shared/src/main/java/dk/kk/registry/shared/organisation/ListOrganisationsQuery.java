package dk.kk.registry.shared.organisation;

import java.time.Instant;

/** Organisations, optionally of one kind, as known at asOf. */
public record ListOrganisationsQuery(OrganisationKind kind, Instant asOf, int page, int size) {}
