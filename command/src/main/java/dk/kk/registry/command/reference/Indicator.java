package dk.kk.registry.command.reference;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Slugs;
import dk.kk.registry.shared.indicator.DefineIndicatorCommand;
import dk.kk.registry.shared.indicator.IndicatorDefinedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A measured quantity (indikator) with a unit, a direction of improvement and a data source. */
@Aggregate
class Indicator {

    @AggregateIdentifier
    private String indicatorId;

    Indicator() {
    }

    @CommandHandler
    Indicator(DefineIndicatorCommand command, ReferenceCatalog catalog) {
        if (!Slugs.isValid(command.indicatorId())) {
            throw new RuleViolation("IdsAreSlugs", "id", "an indicator id is lower-case letters and digits joined "
                    + "by hyphens, at most " + Slugs.MAX_LENGTH + " characters");
        }
        NewIds.requireText(command.name(), "name", 200);
        NewIds.requirePresent(command.unit(), "unit");
        NewIds.requirePresent(command.direction(), "direction");
        NewIds.requireText(command.source(), "source", 200);
        NewIds.requireUnused(catalog, command.indicatorId(), ReferenceKind.INDICATOR);
        apply(new IndicatorDefinedEvent(command.indicatorId(), command.name().strip(), command.unit(),
                command.direction(), command.source().strip()));
    }

    @EventSourcingHandler
    void on(IndicatorDefinedEvent event) {
        indicatorId = event.indicatorId();
    }
}
