package dk.kk.registry.query.reference;

import dk.kk.registry.query.common.DocumentTable;
import dk.kk.registry.query.common.Projection;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.query.common.VersionedDocuments;
import dk.kk.registry.query.common.WriteAtCommit;
import dk.kk.registry.shared.area.AreaRegisteredEvent;
import dk.kk.registry.shared.area.AreaRenamedEvent;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.IndicatorDefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorRedefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorVersionView;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.indicator.Unit;
import dk.kk.registry.shared.organisation.OrganisationRegisteredEvent;
import dk.kk.registry.shared.organisation.OrganisationView;
import dk.kk.registry.shared.policy.CriteriaVersionView;
import dk.kk.registry.shared.policy.DesignationCriteriaRevisedEvent;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import dk.kk.registry.shared.policy.PolicyView;
import dk.kk.registry.shared.screening.ScreeningRule;
import dk.kk.registry.shared.screening.ScreeningRuleSetEvent;
import dk.kk.registry.shared.source.SourceRegisteredEvent;
import dk.kk.registry.shared.source.SourceView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects the reference data (organisations, areas, policies, indicators, sources) into {@code reference_item}. Goals have
 * their own projection.
 */
@Component
@ProcessingGroup(ReferenceProjection.GROUP)
class ReferenceProjection implements Projection {

    static final String GROUP = "reference";

    private final VersionedDocuments<OrganisationView> organisations;
    private final VersionedDocuments<AreaView> areas;
    private final VersionedDocuments<PolicyView> policies;
    private final VersionedDocuments<IndicatorView> indicators;
    private final VersionedDocuments<SourceDocument> sources;

    ReferenceProjection(JdbcTemplate jdbc) {
        WriteAtCommit writer = new WriteAtCommit(jdbc, GROUP);
        organisations = new VersionedDocuments<>(
                writer,
                items(ReferenceTable.ORGANISATION, OrganisationView.class, OrganisationView::name),
                OrganisationRegisteredEvent.class);
        areas = new VersionedDocuments<>(
                writer, items(ReferenceTable.AREA, AreaView.class, AreaView::name), AreaRegisteredEvent.class);
        policies = new VersionedDocuments<>(
                writer,
                items(ReferenceTable.POLICY, PolicyView.class, PolicyView::title),
                PolicyAdoptedEvent.class,
                ScreeningRuleSetEvent.class);
        indicators = new VersionedDocuments<>(
                writer,
                items(ReferenceTable.INDICATOR, IndicatorView.class, IndicatorView::name),
                IndicatorDefinedEvent.class);
        sources = new VersionedDocuments<>(
                writer,
                items(ReferenceTable.SOURCE, SourceDocument.class, SourceDocument::title),
                SourceRegisteredEvent.class);
    }

    private static <D> DocumentTable<D> items(ReferenceTable kind, Class<D> type, Function<D, Object> name) {
        return DocumentTable.<D>scoped("reference_item", "kind", kind.name(), "id")
                .column("name", name)
                .json("doc", type);
    }

    @Override
    public List<String> tables() {
        return List.of(organisations.tableName());
    }

    @EventHandler
    void on(OrganisationRegisteredEvent event, DomainEventMessage<?> message) {
        organisations.start(
                message,
                event.organisationId(),
                () -> new OrganisationView(event.organisationId(), event.name(), event.kind()));
    }

    @EventHandler
    void on(AreaRegisteredEvent event, DomainEventMessage<?> message) {
        areas.start(message, event.areaId(), () -> new AreaView(event.areaId(), event.name(), event.kind()));
    }

    @EventHandler
    void on(AreaRenamedEvent event, DomainEventMessage<?> message) {
        areas.revise(message, event.areaId(), area -> new AreaView(area.id(), event.name(), area.kind()));
    }

    @EventHandler
    void on(PolicyAdoptedEvent event, DomainEventMessage<?> message) {
        List<CriteriaVersionView> versions = List.of(new CriteriaVersionView(
                1, event.criteriaLabel(), event.periodFrom(), event.criteria(), message.getTimestamp()));
        policies.start(
                message,
                event.policyId(),
                () -> new PolicyView(
                        event.policyId(),
                        event.title(),
                        event.periodFrom(),
                        event.periodTo(),
                        event.objectives(),
                        event.focusAreas(),
                        event.criteria(),
                        versions,
                        null));
    }

    @EventHandler
    void on(ScreeningRuleSetEvent event, DomainEventMessage<?> message) {
        policies.revise(
                message,
                event.policyId(),
                policy -> revised(policy, policy.criteria(), policy.criteriaVersions(), event.rule()));
    }

    @EventHandler
    void on(DesignationCriteriaRevisedEvent event, DomainEventMessage<?> message) {
        policies.revise(message, event.policyId(), policy -> {
            List<CriteriaVersionView> versions = new ArrayList<>(policy.criteriaVersions());
            versions.add(new CriteriaVersionView(
                    event.criteriaVersion(),
                    event.label(),
                    event.effectiveFrom(),
                    event.criteria(),
                    message.getTimestamp()));
            return revised(policy, event.criteria(), versions, policy.screeningRule());
        });
    }

    @EventHandler
    void on(IndicatorDefinedEvent event, DomainEventMessage<?> message) {
        RecordedBy by = RecordedBy.of(message);
        indicators.start(
                message,
                event.indicatorId(),
                () -> defined(
                        event.indicatorId(),
                        event.name(),
                        event.unit(),
                        event.direction(),
                        event.source(),
                        1,
                        List.of(),
                        by));
    }

    /** A new version of the definition: the current row is closed and the next one lists every version so far. */
    @EventHandler
    void on(IndicatorRedefinedEvent event, DomainEventMessage<?> message) {
        RecordedBy by = RecordedBy.of(message);
        indicators.revise(
                message,
                event.indicatorId(),
                before -> defined(
                        event.indicatorId(),
                        event.name(),
                        event.unit(),
                        event.direction(),
                        event.source(),
                        event.version(),
                        before.versions() == null ? List.of() : before.versions(),
                        by));
    }

    @EventHandler
    void on(SourceRegisteredEvent event, DomainEventMessage<?> message) {
        sources.start(
                message,
                event.sourceId(),
                () -> SourceDocument.of(new SourceView(
                        event.sourceId(),
                        event.title(),
                        event.publisher(),
                        event.published(),
                        event.identifier(),
                        event.kind(),
                        event.note())));
    }

    @ResetHandler
    void reset() {
        organisations.reset();
        areas.reset();
        policies.reset();
        indicators.reset();
        sources.reset();
    }

    /** The policy with its criteria, their versions and its screening rule as given, and everything else kept. */
    private static PolicyView revised(
            PolicyView policy, List<String> criteria, List<CriteriaVersionView> versions, ScreeningRule rule) {
        return new PolicyView(
                policy.id(),
                policy.title(),
                policy.periodFrom(),
                policy.periodTo(),
                policy.objectives(),
                policy.focusAreas(),
                criteria,
                versions,
                rule);
    }

    /** The indicator as this {@code version} defines it, listing it after the {@code earlier} versions. */
    private static IndicatorView defined(
            String id,
            String name,
            Unit unit,
            Direction direction,
            String source,
            int version,
            List<IndicatorVersionView> earlier,
            RecordedBy by) {
        List<IndicatorVersionView> versions = new ArrayList<>(earlier);
        versions.add(new IndicatorVersionView(version, name, unit, direction, source, by.at(), by.user(), by.reason()));
        return new IndicatorView(id, name, unit, direction, source, version, versions);
    }
}
