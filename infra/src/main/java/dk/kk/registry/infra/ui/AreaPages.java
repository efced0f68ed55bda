package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.area.AreaInterventionView;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.AreaMeasurementView;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.area.AreaYearView;
import dk.kk.registry.shared.area.DesignationView;
import dk.kk.registry.shared.area.FindAreaMeasurementsQuery;
import dk.kk.registry.shared.area.FindAreaQuery;
import dk.kk.registry.shared.area.FindDesignationsQuery;
import dk.kk.registry.shared.goal.GoalPage;
import dk.kk.registry.shared.goal.ListGoalsQuery;
import dk.kk.registry.shared.intervention.FindInterventionsInAreaQuery;
import dk.kk.registry.shared.source.AggregateCitations;
import dk.kk.registry.shared.source.FindAggregateCitationsQuery;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The areas and an area's page: its designations over time (valid time), the interventions that ran there year by
 * year, its measurements with a chart per indicator, and the goals that concern it; all as of the page's instant.
 */
@Controller
class AreaPages {

    private final Queries queries;
    private final ReferenceLists references;
    private final IndicatorLists indicators;
    private final AnalysisFormat format;

    AreaPages(Queries queries, ReferenceLists references, IndicatorLists indicators, AnalysisFormat format) {
        this.queries = queries;
        this.references = references;
        this.indicators = indicators;
        this.format = format;
    }

    @GetMapping("/areas")
    String list(HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        List<AreaView> areas = references.areas(asOf);
        Map<AreaKind, List<AreaView>> byKind = new TreeMap<>();
        areas.forEach(area ->
                byKind.computeIfAbsent(area.kind(), kind -> new ArrayList<>()).add(area));
        model.addAttribute("byKind", byKind);
        return "areas/list";
    }

    @GetMapping("/areas/{id}")
    String show(@PathVariable String id, HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        AreaView area = queries.optional(new FindAreaQuery(id, asOf), AreaView.class)
                .orElseThrow(() -> new NotFound("no area " + id));
        List<DesignationView> designations =
                new ArrayList<>(queries.list(new FindDesignationsQuery(id, asOf), DesignationView.class));
        designations.sort(Comparator.comparing(DesignationView::effectiveFrom));
        List<AreaInterventionView> interventions =
                queries.list(new FindInterventionsInAreaQuery(id, asOf), AreaInterventionView.class);
        List<AreaMeasurementView> measurements =
                new ArrayList<>(queries.list(new FindAreaMeasurementsQuery(id, asOf), AreaMeasurementView.class));
        measurements.sort(Comparator.comparing(AreaMeasurementView::indicator)
                // by the earliest possible day; a period open at its start ("../2024-11") first
                .thenComparing(AreaMeasurementView::periodFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        Map<String, List<AreaMeasurementView>> byIndicator = new LinkedHashMap<>();
        measurements.forEach(m -> byIndicator
                .computeIfAbsent(m.indicator(), key -> new ArrayList<>())
                .add(m));

        List<String> cited = new ArrayList<>(List.of(id));
        measurements.forEach(m -> cited.add(m.measurementId()));
        AggregateCitations citations =
                queries.one(new FindAggregateCitationsQuery(cited, asOf), AggregateCitations.class);
        model.addAttribute("areaCitations", citations.of(id));
        model.addAttribute("citations", citations.byAggregateId());
        model.addAttribute("area", area);
        model.addAttribute("designations", designations);
        model.addAttribute("policyTitles", references.policyTitles(asOf));
        model.addAttribute("years", byYear(interventions, lastYear(asOf)));
        model.addAttribute("byIndicator", byIndicator);
        Map<String, String> charts = new LinkedHashMap<>();
        byIndicator
                .keySet()
                .forEach(indicator ->
                        charts.put(indicator, format.seriesChart(indicator, List.of(id), null, null, null, asOf)));
        model.addAttribute("charts", charts);
        model.addAttribute("indicators", indicators.byId(asOf));
        model.addAttribute(
                "goals",
                queries.one(new ListGoalsQuery(null, null, id, asOf, 0, Paging.MAX_SIZE), GoalPage.class)
                        .items());
        return "areas/show";
    }

    private static int lastYear(Instant asOf) {
        return LocalDate.ofInstant(asOf == null ? Instant.now() : asOf, UiFormat.COPENHAGEN)
                .getYear();
    }

    /** Each year, newest first, with the interventions that ran in the area in some part of it (valid time). */
    static List<AreaYearView> byYear(List<AreaInterventionView> interventions, int lastYear) {
        int first = AreaYearView.firstYear(interventions, lastYear + 1);
        List<AreaYearView> years = new ArrayList<>();
        for (int year = lastYear; year >= first; year--) {
            List<AreaInterventionView> running = AreaYearView.running(interventions, year).stream()
                    .sorted(Comparator.comparing(AreaInterventionView::title, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            if (!running.isEmpty()) {
                years.add(new AreaYearView(year, running));
            }
        }
        return years;
    }
}
