package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.area.AreaPage;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.area.ListAreasQuery;
import dk.kk.registry.shared.common.ListPage;
import dk.kk.registry.shared.goal.GoalPage;
import dk.kk.registry.shared.goal.ListGoalsQuery;
import dk.kk.registry.shared.organisation.ListOrganisationsQuery;
import dk.kk.registry.shared.organisation.OrganisationKind;
import dk.kk.registry.shared.organisation.OrganisationPage;
import dk.kk.registry.shared.organisation.OrganisationView;
import dk.kk.registry.shared.policy.ListPoliciesQuery;
import dk.kk.registry.shared.policy.PolicyPage;
import dk.kk.registry.shared.policy.PolicyView;
import dk.kk.registry.shared.source.ListSourcesQuery;
import dk.kk.registry.shared.source.SourcePage;
import dk.kk.registry.shared.source.SourceView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;

/**
 * The reference data that pages offer as choices and show by name: areas, administrations, organisations, goals, as
 * known at the instant the page reads as of. Read whole (the registry holds hundreds, not thousands).
 */
@Component
public class ReferenceLists {

    private final Queries queries;

    ReferenceLists(Queries queries) {
        this.queries = queries;
    }

    public List<AreaView> areas(Instant asOf) {
        List<AreaView> areas =
                all(page -> queries.one(new ListAreasQuery(null, asOf, page, Paging.MAX_SIZE), AreaPage.class));
        areas.sort(Comparator.comparing(AreaView::kind).thenComparing(AreaView::name, String.CASE_INSENSITIVE_ORDER));
        return areas;
    }

    public List<OrganisationView> administrations(Instant asOf) {
        return organisations(OrganisationKind.ADMINISTRATION, asOf);
    }

    /** Every organisation (partners, funders, evaluators), administrations first, then by name. */
    public List<OrganisationView> organisations(Instant asOf) {
        List<OrganisationView> all = organisations(null, asOf);
        all.sort(Comparator.comparing((OrganisationView o) -> o.kind() != OrganisationKind.ADMINISTRATION)
                .thenComparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    public List<dk.kk.registry.shared.goal.GoalView> goals(Instant asOf) {
        return queries.one(new ListGoalsQuery(null, null, null, asOf, 0, Paging.MAX_SIZE), GoalPage.class)
                .items();
    }

    /** Names by id (areas, organisations, policies by title), for showing the ids that events and views carry. */
    public Map<String, String> names(Instant asOf) {
        Map<String, String> names = new LinkedHashMap<>();
        areas(asOf).forEach(area -> names.put(area.id(), area.name()));
        organisations(asOf).forEach(organisation -> names.put(organisation.id(), organisation.name()));
        policyTitles(asOf).forEach(names::putIfAbsent);
        return names;
    }

    /** Every registered source, by title: the documents a form's write may cite. */
    public List<SourceView> sources(Instant asOf) {
        List<SourceView> found =
                all(page -> queries.one(new ListSourcesQuery(null, asOf, page, Paging.MAX_SIZE), SourcePage.class));
        found.sort(Comparator.comparing(SourceView::title, String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    /** Sources' titles by id, for the citations that name only the id. */
    public Map<String, String> sourceTitles(Instant asOf) {
        Map<String, String> titles = new LinkedHashMap<>();
        sources(asOf).forEach(source -> titles.put(source.id(), source.title()));
        return titles;
    }

    /** Policies' titles by id ({@code policy-2011} is "Politik for udsatte byområder" of 2011). */
    /** Every policy, by title: what an intervention may belong to. */
    public List<PolicyView> policies(Instant asOf) {
        List<PolicyView> policies =
                new ArrayList<>(queries.one(new ListPoliciesQuery(asOf, 0, Paging.MAX_SIZE), PolicyPage.class)
                        .items());
        policies.sort(Comparator.comparing(PolicyView::title, String.CASE_INSENSITIVE_ORDER));
        return policies;
    }

    public Map<String, String> policyTitles(Instant asOf) {
        Map<String, String> titles = new LinkedHashMap<>();
        queries.one(new ListPoliciesQuery(asOf, 0, Paging.MAX_SIZE), PolicyPage.class)
                .items()
                .forEach(policy -> titles.put(policy.id(), policy.title()));
        return titles;
    }

    private List<OrganisationView> organisations(OrganisationKind kind, Instant asOf) {
        return all(page ->
                queries.one(new ListOrganisationsQuery(kind, asOf, page, Paging.MAX_SIZE), OrganisationPage.class));
    }

    /** Every item of a list, read page by page of the largest size until the total is reached (or a page is empty). */
    private static <T> List<T> all(IntFunction<? extends ListPage<T>> page) {
        List<T> found = new ArrayList<>();
        for (int number = 0; ; number++) {
            ListPage<T> next = page.apply(number);
            found.addAll(next.items());
            if (found.size() >= next.total() || next.items().isEmpty()) {
                return found;
            }
        }
    }

    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
