package dk.kk.registry.infra.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.config.UncertainJson;
import dk.kk.registry.infra.gateway.SystemCommands;
import dk.kk.registry.shared.area.AreaDesignatedEvent;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.DesignateAreaCommand;
import dk.kk.registry.shared.area.DesignatedAreasTogether;
import dk.kk.registry.shared.area.DesignationEndedEvent;
import dk.kk.registry.shared.area.EndDesignationCommand;
import dk.kk.registry.shared.area.RegisterAreaCommand;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Citation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.indicator.DefineIndicatorCommand;
import dk.kk.registry.shared.intervention.AddInterventionAreaCommand;
import dk.kk.registry.shared.intervention.ChangeStageCommand;
import dk.kk.registry.shared.intervention.InterventionAreaAddedEvent;
import dk.kk.registry.shared.intervention.JoinPartnerCommand;
import dk.kk.registry.shared.intervention.PartnerJoinedEvent;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.RegisterInterventionCommand;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.StageChangedEvent;
import dk.kk.registry.shared.organisation.RegisterOrganisationCommand;
import dk.kk.registry.shared.policy.AdoptPolicyCommand;
import dk.kk.registry.shared.policy.DesignationCriteriaRevisedEvent;
import dk.kk.registry.shared.policy.ReviseDesignationCriteriaCommand;
import dk.kk.registry.shared.source.RegisterSourceCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Records the demo history through the same commands users issue (source {@code import}): the five seed documents
 * first, as sources, then every fact citing its document, section and words (metadata {@code citation}), with every
 * note the history holds in the reason. Dates and values go as the documents support them. Ids are derived from
 * the facts, and every step first looks at what is already recorded, so loading twice adds nothing.
 */
@Component
public class DemoHistoryLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoHistoryLoader.class);
    static final String RESOURCE = "demo/history.yaml";
    private static final java.util.Locale DANISH = java.util.Locale.forLanguageTag("da");

    private final SystemCommands commands;
    private final ReferenceCatalog catalog;
    private final EventStore eventStore;
    private final List<DemoSection> sections;
    /** The UI's Danish labels, for the codes the history's own prose names (a funder's kind of source). */
    private final MessageSource messages;

    private int recorded;
    private Map<String, String> titles = Map.of();

    DemoHistoryLoader(
            SystemCommands commands,
            ReferenceCatalog catalog,
            EventStore eventStore,
            List<DemoSection> sections,
            MessageSource messages) {
        this.messages = messages;
        this.commands = commands;
        this.catalog = catalog;
        this.eventStore = eventStore;
        this.sections = sections;
    }

    /** Loads everything not yet recorded; answers how many commands it issued. */
    public synchronized int load() {
        recorded = 0;
        long started = System.nanoTime();
        DemoHistory history = read();
        titles = history.titles();
        sources(history);
        Map<String, String> organisations = organisations(history);
        areas(history);
        policies(history);
        designations(history);
        indicators(history);
        for (DemoSection section : sections) {
            recorded += section.load(history);
        }
        // after the sections: the Social Services cases name the goals DemoGoals records
        interventions(history, organisations);
        log.info("demo history loaded commands={} ms={}", recorded, (System.nanoTime() - started) / 1_000_000);
        return recorded;
    }

    static DemoHistory read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .registerModule(UncertainJson.module(JsonMappingException::from))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return yaml.readValue(in, DemoHistory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    /** The seed documents as sources, each with its date as the document states it (or the seeds bound it). */
    private void sources(DemoHistory history) {
        for (DemoHistory.Source source : list(history.sources())) {
            if (!catalog.exists(ReferenceKind.SOURCE, source.id())) {
                send(
                        new RegisterSourceCommand(
                                source.id(),
                                source.title(),
                                source.publisher(),
                                source.published(),
                                source.identifier() == null
                                        ? "../shared/seeds/" + source.file()
                                        : source.identifier() + "; ../shared/seeds/" + source.file(),
                                source.kind(),
                                source.note()),
                        source.reason(titles),
                        null);
            }
        }
    }

    /** Answers the registry id of every organisation key, administrations included (their key is their code). */
    private Map<String, String> organisations(DemoHistory history) {
        Map<String, String> ids = new HashMap<>();
        for (DemoHistory.Organisation organisation : list(history.organisations())) {
            String id = idFor("organisation", organisation.key());
            ids.put(organisation.key(), id);
            if (catalog.kindOf(id).isEmpty()) {
                send(new RegisterOrganisationCommand(id, organisation.name(), organisation.kind()), organisation);
            }
        }
        return ids;
    }

    private void areas(DemoHistory history) {
        for (DemoHistory.Area area : list(history.areas())) {
            if (catalog.kindOf(area.id()).isEmpty()) {
                send(new RegisterAreaCommand(area.id(), area.name(), area.kind()), area);
            }
        }
        if (catalog.kindOf(DESIGNATED_AREAS).isEmpty()) {
            send(
                    new RegisterAreaCommand(DESIGNATED_AREAS, "Udsatte byområder (samlet)", AreaKind.COMPARISON),
                    "de udsatte byområder under ét: kilderne afrapporterer mange tal for 'områderne' samlet",
                    null);
        }
    }

    /** The designated areas taken together, as the seeds report many figures for them. */
    public static final String DESIGNATED_AREAS = DesignatedAreasTogether.ID;

    private void policies(DemoHistory history) {
        for (DemoHistory.Policy policy : list(history.policies())) {
            if (catalog.kindOf(policy.id()).isEmpty()) {
                send(
                        new AdoptPolicyCommand(
                                policy.id(),
                                policy.title(),
                                policy.periodFrom(),
                                policy.periodTo(),
                                list(policy.objectives()),
                                list(policy.focusAreas()),
                                policy.criteriaLabel(),
                                list(policy.criteria())),
                        policy);
            }
            for (DemoHistory.CriteriaRevision revision : list(policy.revisions())) {
                boolean done = recorded(
                        policy.id(),
                        e -> e instanceof DesignationCriteriaRevisedEvent r
                                && r.label().equals(revision.label()));
                if (!done) {
                    send(
                            new ReviseDesignationCriteriaCommand(
                                    policy.id(), null, revision.label(), revision.effectiveFrom(), revision.criteria()),
                            revision);
                }
            }
        }
    }

    private void designations(DemoHistory history) {
        for (DemoHistory.Designation designation : list(history.designations())) {
            String id =
                    idFor("designation", designation.area() + "|" + designation.list() + "|" + designation.policy());
            if (!recorded(
                    designation.area(),
                    e -> e instanceof AreaDesignatedEvent d && d.designationId().equals(id))) {
                send(
                        new DesignateAreaCommand(
                                designation.area(),
                                null,
                                id,
                                designation.list(),
                                designation.policy(),
                                designation.effectiveFrom(),
                                list(designation.criteria()),
                                null),
                        designation);
            }
            if (designation.effectiveTo() != null
                    && !recorded(
                            designation.area(),
                            e -> e instanceof DesignationEndedEvent d
                                    && d.designationId().equals(id))) {
                send(new EndDesignationCommand(designation.area(), null, id, designation.effectiveTo()), designation);
            }
        }
    }

    private void indicators(DemoHistory history) {
        for (DemoHistory.Indicator indicator : list(history.indicators())) {
            if (catalog.kindOf(indicator.id()).isEmpty()) {
                send(
                        new DefineIndicatorCommand(
                                indicator.id(),
                                indicator.name(),
                                indicator.unit(),
                                indicator.direction(),
                                indicator.dataSource() == null ? "ikke oplyst" : indicator.dataSource()),
                        indicator);
            }
        }
    }

    private void interventions(DemoHistory history, Map<String, String> organisations) {
        for (DemoHistory.Intervention intervention : list(history.interventions())) {
            String id = idFor("intervention", intervention.key());
            if (catalog.kindOf(id).isEmpty()) {
                send(
                        new RegisterInterventionCommand(
                                id,
                                intervention.title(),
                                intervention.description(),
                                intervention.kind(),
                                intervention.category(),
                                intervention.leadAdministration(),
                                List.copyOf(new LinkedHashSet<>(intervention.areas())),
                                intervention.targetGroups() == null ? Set.of() : intervention.targetGroups(),
                                list(intervention.goals()).stream()
                                        .map(DemoGoals::goalId)
                                        .toList(),
                                intervention.plannedStart(),
                                intervention.plannedEnd(),
                                null,
                                null,
                                intervention.policy()),
                        intervention);
            }
            for (DemoHistory.AreaChange change : list(intervention.areaChanges())) {
                if (!recorded(
                                id,
                                e -> e instanceof InterventionAreaAddedEvent a
                                        && a.areaId().equals(change.area()))
                        && !intervention.areas().contains(change.area())) {
                    send(
                            new AddInterventionAreaCommand(id, null, change.area(), change.effectiveFrom()),
                            intervention.reason(titles) + " | "
                                    + list(history.areas()).stream()
                                            .filter(area -> area.id().equals(change.area()))
                                            .map(DemoHistory.Area::name)
                                            .findFirst()
                                            .orElse(change.area())
                                    + ": " + change.dateNote(),
                            intervention.source().citation(change.dateNote()));
                }
            }
            Set<String> partners = new HashSet<>();
            for (DemoHistory.Partner partner : list(intervention.partners())) {
                join(
                        id,
                        organisation(partner.organisation(), organisations),
                        partner.role(),
                        intervention,
                        null,
                        partners);
            }
            for (DemoHistory.Funder funder : list(intervention.funders())) {
                join(
                        id,
                        organisation(funder.organisation(), organisations),
                        PartnerRole.FUNDER,
                        intervention,
                        "Finansierer; midlernes kilde: "
                                + messages.getMessage(
                                        "sourceKind." + funder.sourceKind(),
                                        null,
                                        funder.sourceKind().name(),
                                        DANISH)
                                + (funder.note() == null ? "" : " (" + funder.note() + ")"),
                        partners);
            }
            if (intervention.stage() != null
                    && intervention.stage() != Stage.PROPOSED
                    && !recorded(id, e -> e instanceof StageChangedEvent)) {
                send(new ChangeStageCommand(id, null, intervention.stage(), intervention.plannedStart()), intervention);
            }
        }
    }

    private void join(
            String interventionId,
            String organisation,
            PartnerRole role,
            DemoHistory.Intervention intervention,
            String note,
            Set<String> joined) {
        if (!joined.add(organisation)
                || recorded(
                        interventionId,
                        e -> e instanceof PartnerJoinedEvent p
                                && p.organisationId().equals(organisation))) {
            return;
        }
        send(
                new JoinPartnerCommand(interventionId, null, organisation, role, intervention.plannedStart()),
                note == null ? intervention.reason(titles) : intervention.reason(titles) + " | " + note,
                intervention.source().citation(note));
    }

    private static String organisation(String key, Map<String, String> organisations) {
        return organisations.getOrDefault(key, key);
    }

    /** Whether an aggregate's recorded events already hold a fact. */
    boolean recorded(String aggregateId, Predicate<Object> fact) {
        return eventStore
                .readEvents(aggregateId)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .anyMatch(fact);
    }

    private void send(Object command, DemoHistory.Cited fact) {
        send(command, fact.reason(titles), fact.citation());
    }

    void send(Object command, String reason, Citation citation) {
        commands.send(command, AuditMetadata.SOURCE_IMPORT, reason == null ? "demohistorik" : reason, citation);
        recorded++;
    }

    /** A stable id for a demo fact, so that loading again finds it. */
    static String idFor(String kind, String key) {
        return UUID.nameUUIDFromBytes(("demo:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
