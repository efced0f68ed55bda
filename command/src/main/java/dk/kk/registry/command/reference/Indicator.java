package dk.kk.registry.command.reference;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.command.common.ReasonRequired;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Slugs;
import dk.kk.registry.shared.indicator.DefineIndicatorCommand;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.IndicatorDefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorRedefinedEvent;
import dk.kk.registry.shared.indicator.RedefineIndicatorCommand;
import dk.kk.registry.shared.indicator.Unit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A measured quantity (indikator) with a unit, a direction of improvement and a data source. Its definition is
 * versioned: the first is version 1, each redefinition the next, and every measurement names the version it used.
 */
@Aggregate
class Indicator {

    @AggregateIdentifier
    private String indicatorId;

    private int version;
    private Definition definition;

    private record Definition(String name, Unit unit, Direction direction, String source) {}

    Indicator() {}

    @CommandHandler
    Indicator(DefineIndicatorCommand command, ReferenceCatalog catalog) {
        if (!Slugs.isValid(command.indicatorId())) {
            throw new RuleViolation(
                    "IdsAreSlugs",
                    "id",
                    "an indicator id is lower-case letters and digits joined " + "by hyphens, at most "
                            + Slugs.MAX_LENGTH + " characters");
        }
        requireDefinition(command.name(), command.unit(), command.direction(), command.source());
        NewIds.requireUnused(catalog, command.indicatorId(), ReferenceKind.INDICATOR);
        apply(new IndicatorDefinedEvent(
                command.indicatorId(),
                command.name().strip(),
                command.unit(),
                command.direction(),
                command.source().strip()));
    }

    @CommandHandler
    long handle(RedefineIndicatorCommand command, MetaData metaData) {
        requireDefinition(command.name(), command.unit(), command.direction(), command.source());
        ReasonRequired.check(metaData, "a redefinition");
        Definition next = new Definition(
                command.name().strip(),
                command.unit(),
                command.direction(),
                command.source().strip());
        if (next.equals(definition)) {
            throw new NothingChanged(null, "the new definition is the same as version " + version);
        }
        apply(new IndicatorRedefinedEvent(
                indicatorId, version + 1, next.name(), next.unit(), next.direction(), next.source()));
        return AggregateLifecycle.getVersion();
    }

    private static void requireDefinition(String name, Unit unit, Direction direction, String source) {
        NewIds.requireText(name, "name", 200);
        NewIds.requirePresent(unit, "unit");
        NewIds.requirePresent(direction, "direction");
        NewIds.requireText(source, "source", 200);
    }

    @EventSourcingHandler
    void on(IndicatorDefinedEvent event) {
        indicatorId = event.indicatorId();
        version = 1;
        definition = new Definition(event.name(), event.unit(), event.direction(), event.source());
    }

    @EventSourcingHandler
    void on(IndicatorRedefinedEvent event) {
        version = event.version();
        definition = new Definition(event.name(), event.unit(), event.direction(), event.source());
    }
}
