package dk.kk.registry.command.reference;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.Actor;
import dk.kk.registry.command.common.NamesAreDistinct;
import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.ReferenceNames;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Role;
import dk.kk.registry.shared.organisation.OrganisationKind;
import dk.kk.registry.shared.organisation.OrganisationRegisteredEvent;
import dk.kk.registry.shared.organisation.RegisterOrganisationCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An organisation (samarbejdspartner) that takes part in, funds or evaluates interventions. */
@Aggregate
class Organisation {

    @AggregateIdentifier
    private String organisationId;

    Organisation() {}

    @CommandHandler
    Organisation(
            RegisterOrganisationCommand command, ReferenceCatalog catalog, ReferenceNames names, MetaData metaData) {
        NewIds.requireText(command.organisationId(), "id", 64);
        NewIds.requireName(command.name(), "name", 200);
        NewIds.requirePresent(command.kind(), "kind");
        if (command.kind() == OrganisationKind.ADMINISTRATION
                && Actor.from(metaData).role() != Role.SYSTEM) {
            throw new RuleViolation(
                    "AdministrationsAreFixed",
                    "kind",
                    "the seven administrations are reference data of the registry; register partners of other kinds");
        }
        NewIds.requireUnused(catalog, command.organisationId(), ReferenceKind.ORGANISATION);
        NamesAreDistinct.check(names, ReferenceKind.ORGANISATION, command.name(), command.organisationId());
        apply(new OrganisationRegisteredEvent(
                command.organisationId(), command.name().strip(), command.kind()));
    }

    @EventSourcingHandler
    void on(OrganisationRegisteredEvent event) {
        organisationId = event.organisationId();
    }
}
