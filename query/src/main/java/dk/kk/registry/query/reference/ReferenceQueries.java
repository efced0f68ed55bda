package dk.kk.registry.query.reference;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.Filters;
import dk.kk.registry.query.common.Paged;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.shared.area.AreaPage;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.area.FindAreaQuery;
import dk.kk.registry.shared.area.ListAreasQuery;
import dk.kk.registry.shared.indicator.FindIndicatorQuery;
import dk.kk.registry.shared.indicator.IndicatorPage;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.indicator.ListIndicatorsQuery;
import dk.kk.registry.shared.organisation.FindOrganisationQuery;
import dk.kk.registry.shared.organisation.ListOrganisationsQuery;
import dk.kk.registry.shared.organisation.OrganisationPage;
import dk.kk.registry.shared.organisation.OrganisationView;
import dk.kk.registry.shared.policy.FindPolicyQuery;
import dk.kk.registry.shared.policy.ListPoliciesQuery;
import dk.kk.registry.shared.policy.PolicyPage;
import dk.kk.registry.shared.policy.PolicyView;
import dk.kk.registry.shared.source.FindSourceQuery;
import dk.kk.registry.shared.source.ListSourcesQuery;
import dk.kk.registry.shared.source.SourcePage;
import dk.kk.registry.shared.source.SourceView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers reference-data queries from {@code reference_item}. */
@Component
class ReferenceQueries {

    private final JdbcTemplate jdbc;

    ReferenceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    OrganisationPage organisations(ListOrganisationsQuery query) {
        var found = list(
                ReferenceTable.ORGANISATION,
                query.kind() == null ? null : query.kind().name(),
                query.asOf(),
                query.page(),
                query.size(),
                OrganisationView.class);
        return new OrganisationPage(found.items(), query.page(), query.size(), found.total());
    }

    @QueryHandler
    Optional<OrganisationView> organisation(FindOrganisationQuery query) {
        return find(ReferenceTable.ORGANISATION, query.organisationId(), query.asOf(), OrganisationView.class);
    }

    @QueryHandler
    AreaPage areas(ListAreasQuery query) {
        var found = list(
                ReferenceTable.AREA,
                query.kind() == null ? null : query.kind().name(),
                query.asOf(),
                query.page(),
                query.size(),
                AreaView.class);
        return new AreaPage(found.items(), query.page(), query.size(), found.total());
    }

    @QueryHandler
    Optional<AreaView> area(FindAreaQuery query) {
        return find(ReferenceTable.AREA, query.areaId(), query.asOf(), AreaView.class);
    }

    @QueryHandler
    PolicyPage policies(ListPoliciesQuery query) {
        var found = list(ReferenceTable.POLICY, null, query.asOf(), query.page(), query.size(), PolicyView.class);
        return new PolicyPage(found.items(), query.page(), query.size(), found.total());
    }

    @QueryHandler
    Optional<PolicyView> policy(FindPolicyQuery query) {
        return find(ReferenceTable.POLICY, query.policyId(), query.asOf(), PolicyView.class);
    }

    @QueryHandler
    IndicatorPage indicators(ListIndicatorsQuery query) {
        var found = list(ReferenceTable.INDICATOR, null, query.asOf(), query.page(), query.size(), IndicatorView.class);
        return new IndicatorPage(found.items(), query.page(), query.size(), found.total());
    }

    @QueryHandler
    Optional<IndicatorView> indicator(FindIndicatorQuery query) {
        return find(ReferenceTable.INDICATOR, query.indicatorId(), query.asOf(), IndicatorView.class);
    }

    @QueryHandler
    SourcePage sources(ListSourcesQuery query) {
        var found = list(
                ReferenceTable.SOURCE,
                query.kind() == null ? null : query.kind().name(),
                query.asOf(),
                query.page(),
                query.size(),
                SourceDocument.class);
        return new SourcePage(
                found.items().stream().map(SourceDocument::toView).toList(), query.page(), query.size(), found.total());
    }

    @QueryHandler
    Optional<SourceView> source(FindSourceQuery query) {
        return find(ReferenceTable.SOURCE, query.sourceId(), query.asOf(), SourceDocument.class)
                .map(SourceDocument::toView);
    }

    private <T> Optional<T> find(ReferenceTable kind, String id, Instant asOf, Class<T> type) {
        List<Object> args = new ArrayList<>(List.of(kind.name(), id));
        String condition = AsOf.condition("", asOf, args);
        return jdbc
                .query(
                        "SELECT doc::text FROM reference_item WHERE kind = ? AND id = ? AND " + condition,
                        (rs, n) -> ReadModelJson.read(rs.getString(1), type),
                        args.toArray())
                .stream()
                .findFirst();
    }

    private <T> Paged<T> list(ReferenceTable kind, String subKind, Instant asOf, int page, int size, Class<T> type) {
        List<Object> args = new ArrayList<>(List.of(kind.name()));
        StringBuilder where = new StringBuilder("kind = ? AND ").append(AsOf.condition("", asOf, args));
        Filters.andIf(where, args, "doc ->> 'kind' = ?", subKind);
        return Paged.read(
                jdbc,
                "doc::text",
                "reference_item",
                where,
                args,
                "name, id",
                page,
                size,
                (rs, n) -> ReadModelJson.read(rs.getString(1), type));
    }
}
