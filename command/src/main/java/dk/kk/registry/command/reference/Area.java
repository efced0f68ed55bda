package dk.kk.registry.command.reference;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.area.AreaRegisteredEvent;
import dk.kk.registry.shared.area.RegisterAreaCommand;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Slugs;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An area: designated by the municipality, listed by the state, or a comparison such as the rest of the city. */
@Aggregate
class Area {

    @AggregateIdentifier
    private String areaId;

    Area() {
    }

    @CommandHandler
    Area(RegisterAreaCommand command, ReferenceCatalog catalog) {
        if (!Slugs.isValid(command.areaId())) {
            throw new RuleViolation("IdsAreSlugs", "id", "an area id is lower-case letters and digits joined by "
                    + "hyphens, at most " + Slugs.MAX_LENGTH + " characters (e.g. 'tingbjerg-husum')");
        }
        NewIds.requireText(command.name(), "name", 200);
        NewIds.requirePresent(command.kind(), "kind");
        NewIds.requireUnused(catalog, command.areaId(), ReferenceKind.AREA);
        apply(new AreaRegisteredEvent(command.areaId(), command.name().strip(), command.kind()));
    }

    @EventSourcingHandler
    void on(AreaRegisteredEvent event) {
        areaId = event.areaId();
    }
}
