package dk.kk.registry.command.area;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NamesAreDistinct;
import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.ReferenceNames;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.area.AreaDesignatedEvent;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.AreaRegisteredEvent;
import dk.kk.registry.shared.area.AreaRenamedEvent;
import dk.kk.registry.shared.area.DesignateAreaCommand;
import dk.kk.registry.shared.area.DesignationEndedEvent;
import dk.kk.registry.shared.area.EndDesignationCommand;
import dk.kk.registry.shared.area.RegisterAreaCommand;
import dk.kk.registry.shared.area.RenameAreaCommand;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Slugs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An area: designated by the municipality, listed by the state, or a comparison such as the rest of the city. Its
 * designations are kept per list with their periods; an area is on a list at most once at a time.
 */
@Aggregate(cache = "areaCache")
class Area {

    @AggregateIdentifier
    private String areaId;

    private AreaKind kind;
    private String name;
    private final Map<String, Designation> designations = new HashMap<>();

    Area() {}

    @CommandHandler
    Area(RegisterAreaCommand command, ReferenceCatalog catalog, ReferenceNames names) {
        if (!Slugs.isValid(command.areaId())) {
            throw new RuleViolation(
                    "IdsAreSlugs",
                    "id",
                    "an area id is lower-case letters and digits joined by " + "hyphens, at most " + Slugs.MAX_LENGTH
                            + " characters (e.g. 'tingbjerg-husum')");
        }
        NewIds.requireName(command.name(), "name", 200);
        NewIds.requirePresent(command.kind(), "kind");
        NewIds.requireUnused(catalog, command.areaId(), ReferenceKind.AREA);
        NamesAreDistinct.check(names, ReferenceKind.AREA, command.name(), command.areaId());
        apply(new AreaRegisteredEvent(command.areaId(), command.name().strip(), command.kind()));
    }

    @CommandHandler
    long handle(RenameAreaCommand command, ReferenceNames names) {
        NewIds.requireName(command.name(), "name", 200);
        if (command.name().strip().equals(name)) {
            throw new NothingChanged("name", "the area is already called " + name);
        }
        NamesAreDistinct.check(names, ReferenceKind.AREA, command.name(), areaId);
        apply(new AreaRenamedEvent(areaId, command.name().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DesignateAreaCommand command, ReferenceCatalog catalog) {
        DesignationRules.checkNew(command, kind, designations.values(), catalog);
        apply(new AreaDesignatedEvent(
                areaId,
                command.designationId(),
                command.list(),
                command.policy(),
                command.effectiveFrom(),
                command.criteria() == null ? List.of() : List.copyOf(command.criteria()),
                command.screeningId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(EndDesignationCommand command) {
        Designation designation = designations.get(command.designationId());
        if (designation == null) {
            throw new RuleViolation(
                    "DesignationMustExist",
                    "designationId",
                    "area " + areaId + " has no designation '" + command.designationId() + "'");
        }
        DesignationRules.checkEnd(designation, command.effectiveTo());
        apply(new DesignationEndedEvent(areaId, command.designationId(), command.effectiveTo()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(AreaRegisteredEvent event) {
        areaId = event.areaId();
        kind = event.kind();
        name = event.name();
    }

    @EventSourcingHandler
    void on(AreaRenamedEvent event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(AreaDesignatedEvent event) {
        designations.put(event.designationId(), new Designation(event.list(), event.effectiveFrom(), null));
    }

    @EventSourcingHandler
    void on(DesignationEndedEvent event) {
        designations.computeIfPresent(event.designationId(), (id, d) -> d.endedOn(event.effectiveTo()));
    }
}
