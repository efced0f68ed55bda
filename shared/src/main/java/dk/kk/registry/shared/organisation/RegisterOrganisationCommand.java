package dk.kk.registry.shared.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers an organisation that can take part in interventions; an administration's id is its code (TMF, SOF, ...). */
public record RegisterOrganisationCommand(
        @TargetAggregateIdentifier String organisationId, String name, OrganisationKind kind) {}
