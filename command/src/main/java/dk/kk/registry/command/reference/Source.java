package dk.kk.registry.command.reference;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Slugs;
import dk.kk.registry.shared.source.RegisterSourceCommand;
import dk.kk.registry.shared.source.SourceRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A source (kilde): a document facts are recorded from, known by a slug its citations name. Its date is as the
 * document states it, which may be a month, a year or unknown.
 */
@Aggregate
class Source {

    static final int TITLE_LIMIT = 300;
    static final int PUBLISHER_LIMIT = 200;
    static final int IDENTIFIER_LIMIT = 500;
    static final int NOTE_LIMIT = 2000;

    @AggregateIdentifier
    private String sourceId;

    Source() {}

    @CommandHandler
    Source(RegisterSourceCommand command, ReferenceCatalog catalog) {
        if (!Slugs.isValid(command.sourceId())) {
            throw new RuleViolation(
                    "IdsAreSlugs",
                    "id",
                    "a source id is lower-case letters and digits joined by " + "hyphens, at most " + Slugs.MAX_LENGTH
                            + " characters (e.g. 'status-report-2024')");
        }
        NewIds.requireName(command.title(), "title", TITLE_LIMIT);
        NewIds.requirePresent(command.kind(), "kind");
        optional(command.publisher(), "publisher", PUBLISHER_LIMIT);
        optional(command.identifier(), "identifier", IDENTIFIER_LIMIT);
        optional(command.note(), "note", NOTE_LIMIT);
        NewIds.requireUnused(catalog, command.sourceId(), ReferenceKind.SOURCE);
        apply(new SourceRegisteredEvent(
                command.sourceId(),
                command.title().strip(),
                stripped(command.publisher()),
                command.published(),
                stripped(command.identifier()),
                command.kind(),
                stripped(command.note())));
    }

    private static void optional(String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            throw new RuleViolation("TextLimits", field, field + " is longer than " + max + " characters");
        }
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(SourceRegisteredEvent event) {
        sourceId = event.sourceId();
    }
}
