package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.comparison.ComparisonRows;
import dk.kk.registry.shared.comparison.ComparisonView;
import dk.kk.registry.shared.comparison.FindComparisonQuery;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.measurement.FindIndicatorCoverageQuery;
import dk.kk.registry.shared.measurement.IndicatorCoverageView;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The evaluators' comparison: an indicator in chosen areas against a comparison area between a baseline and a status
 * year, as a table (changes, gaps, difference-in-differences, share of the gap closed, data-quality notes) with its
 * charts and a CSV of the same rows. A question the registry cannot answer is shown beside the field that asked it.
 */
@Controller
class ComparisonPage {

    static final String DEFAULT_COMPARISON = "rest-of-copenhagen";
    /** The comparison areas that always exist, in the order a blank comparison tries them. */
    static final List<String> CITY = List.of(DEFAULT_COMPARISON, "copenhagen");
    /** The series chart draws each area in its own colour; more than this and the lines cannot be told apart. */
    static final int AREAS_PER_SERIES_CHART = 7;

    private final Queries queries;
    private final ReferenceLists references;
    private final IndicatorLists indicators;
    private final AnalysisFormat format;
    private final MessageSource messages;

    ComparisonPage(
            Queries queries,
            ReferenceLists references,
            IndicatorLists indicators,
            AnalysisFormat format,
            MessageSource messages) {
        this.queries = queries;
        this.references = references;
        this.indicators = indicators;
        this.format = format;
        this.messages = messages;
    }

    /** The question as the form asks it; the years start at the 2017 policy's baseline and the 2024 status report. */
    static class Question {
        private String indicator;
        private List<String> areas = new ArrayList<>();
        /** Blank: the first of the city's comparison areas with values for both years (see {@link #CITY}). */
        private String comparison = "";

        private Integer baseline = 2017;
        private Integer status = 2024;

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public List<String> getAreas() {
            return areas;
        }

        public void setAreas(List<String> areas) {
            this.areas = areas == null ? new ArrayList<>() : areas;
        }

        public String getComparison() {
            return comparison;
        }

        public void setComparison(String comparison) {
            this.comparison = comparison;
        }

        public Integer getBaseline() {
            return baseline;
        }

        public void setBaseline(Integer baseline) {
            this.baseline = baseline;
        }

        public Integer getStatus() {
            return status;
        }

        public void setStatus(Integer status) {
            this.status = status;
        }

        boolean asked() {
            return indicator != null && !indicator.isBlank();
        }
    }

    @GetMapping("/comparisons")
    String compare(
            @ModelAttribute("question") Question question, BindingResult form, HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        Map<String, IndicatorView> known = indicators.byId(asOf);
        List<AreaView> areas = references.areas(asOf);
        Coverage coverage = coverage(asOf);
        model.addAttribute("indicators", known.values());
        model.addAttribute("indicatorLabels", coverage.labels(known.values(), messages));
        // Comparison areas too: the demo's figures are for the designated areas taken together.
        model.addAttribute("areaChoices", areas);
        model.addAttribute("comparisonChoices", areas);
        Map<String, String> names = references.names(asOf);
        model.addAttribute("names", names);
        if (question.asked()) {
            boolean areasChosen = !question.getAreas().isEmpty();
            boolean comparisonChosen = question.getComparison() != null
                    && !question.getComparison().isBlank();
            List<String> chosen = check(question, form, known, areas, coverage);
            if (!form.hasErrors()) {
                ComparisonView view = compare(question, chosen, asOf);
                model.addAttribute("comparison", view);
                model.addAttribute("indicator", known.get(question.getIndicator()));
                model.addAttribute("chosen", chosen);
                model.addAttribute("areasChosenForYou", !areasChosen);
                model.addAttribute("comparisonChosenForYou", !comparisonChosen);
                model.addAttribute("covered", coverage.of(question.getIndicator(), areas));
                List<String> drawn =
                        chosen.stream().limit(AREAS_PER_SERIES_CHART).toList();
                model.addAttribute("seriesAreas", drawn);
                model.addAttribute(
                        "didChart",
                        format.didChart(
                                view.indicator(), chosen, view.comparison(), view.baseline(), view.status(), asOf));
                model.addAttribute(
                        "seriesChart",
                        format.seriesChart(
                                view.indicator(), drawn, view.comparison(), view.baseline(), view.status(), asOf));
            }
        }
        return "comparisons/page";
    }

    private ComparisonView compare(Question question, List<String> chosen, Instant asOf) {
        return queries.one(
                new FindComparisonQuery(
                        question.getIndicator(),
                        chosen,
                        question.getComparison(),
                        question.getBaseline(),
                        question.getStatus(),
                        asOf),
                ComparisonView.class);
    }

    /** The same comparison as CSV, one row per area, as the API gives it (Danish Excel opens it as is). */
    @GetMapping(path = "/comparisons/export.csv", produces = "text/csv")
    ResponseEntity<ComparisonRows> export(
            @ModelAttribute("question") Question question, BindingResult form, HttpSession session) {
        Instant asOf = ViewedAsOf.of(session);
        Map<String, IndicatorView> known = indicators.byId(asOf);
        List<String> chosen = check(question, form, known, references.areas(asOf), coverage(asOf));
        if (!question.asked() || form.hasErrors()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        ComparisonView view = compare(question, chosen, asOf);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("sammenligning-" + view.indicator() + "-" + view.baseline() + "-"
                                        + view.status() + ".csv")
                                .build()
                                .toString())
                .body(ComparisonRows.of(view));
    }

    private Coverage coverage(Instant asOf) {
        return new Coverage(queries.list(new FindIndicatorCoverageQuery(asOf), IndicatorCoverageView.class));
    }

    /**
     * The same checks as the API's: a known indicator and areas, years in range with the status after the baseline.
     * Answers the areas to compare: those chosen or, when none is, every area (the aggregates too, not the city's
     * comparison areas) with values for both years, or every municipal-designated area when none has. A blank
     * comparison becomes the first of the city's comparison areas with values for both years.
     */
    private static List<String> check(
            Question question,
            BindingResult form,
            Map<String, IndicatorView> known,
            List<AreaView> areas,
            Coverage coverage) {
        Set<String> ids = areas.stream().map(AreaView::id).collect(Collectors.toSet());
        if (question.asked() && !known.containsKey(question.getIndicator())) {
            form.rejectValue("indicator", "compare.unknownIndicator");
        }
        if (!form.hasFieldErrors("baseline") && !year(question.getBaseline())) {
            form.rejectValue("baseline", "compare.year");
        }
        if (!form.hasFieldErrors("status") && !year(question.getStatus())) {
            form.rejectValue("status", "compare.year");
        } else if (!form.hasFieldErrors("status")
                && year(question.getBaseline())
                && question.getStatus() <= question.getBaseline()) {
            form.rejectValue("status", "compare.statusAfterBaseline");
        }
        boolean years = !form.hasFieldErrors("baseline") && !form.hasFieldErrors("status");
        if (question.getComparison() == null || question.getComparison().isBlank()) {
            question.setComparison(CITY.stream()
                    .filter(ids::contains)
                    .filter(area -> years
                            && coverage.both(
                                    question.getIndicator(), area, question.getBaseline(), question.getStatus()))
                    .findFirst()
                    .orElse(DEFAULT_COMPARISON));
        }
        if (!ids.contains(question.getComparison())) {
            form.rejectValue("comparison", "compare.unknownArea");
        }
        List<String> chosen = List.copyOf(new LinkedHashSet<>(question.getAreas()));
        if (chosen.stream().anyMatch(id -> !ids.contains(id))) {
            form.rejectValue("areas", "compare.unknownArea");
        }
        if (chosen.isEmpty() && years) {
            chosen = areas.stream()
                    .map(AreaView::id)
                    .filter(id -> !CITY.contains(id) && !id.equals(question.getComparison()))
                    .filter(id ->
                            coverage.both(question.getIndicator(), id, question.getBaseline(), question.getStatus()))
                    .toList();
        }
        if (chosen.isEmpty()) {
            chosen = areas.stream()
                    .filter(a -> a.kind() == AreaKind.MUNICIPAL_DESIGNATED)
                    .map(AreaView::id)
                    .toList();
        }
        return chosen;
    }

    private static boolean year(Integer year) {
        return year != null && year >= 1900 && year <= 2100;
    }
}
