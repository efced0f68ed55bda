package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.web.Queries;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.comparison.ComparisonRows;
import dk.kk.registry.shared.comparison.ComparisonView;
import dk.kk.registry.shared.comparison.FindComparisonQuery;
import dk.kk.registry.shared.indicator.IndicatorView;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
    /** The series chart draws each area in its own colour; more than this and the lines cannot be told apart. */
    static final int AREAS_PER_SERIES_CHART = 7;

    private final Queries queries;
    private final ReferenceLists references;
    private final IndicatorLists indicators;
    private final AnalysisFormat format;

    ComparisonPage(Queries queries, ReferenceLists references, IndicatorLists indicators, AnalysisFormat format) {
        this.queries = queries;
        this.references = references;
        this.indicators = indicators;
        this.format = format;
    }

    /** The question as the form asks it; the years start at the 2017 policy's baseline and the 2024 status report. */
    static class Question {
        private String indicator;
        private List<String> areas = new ArrayList<>();
        private String comparison = DEFAULT_COMPARISON;
        private Integer baseline = 2017;
        private Integer status = 2024;

        public String getIndicator() { return indicator; }
        public void setIndicator(String indicator) { this.indicator = indicator; }
        public List<String> getAreas() { return areas; }
        public void setAreas(List<String> areas) { this.areas = areas == null ? new ArrayList<>() : areas; }
        public String getComparison() { return comparison; }
        public void setComparison(String comparison) { this.comparison = comparison; }
        public Integer getBaseline() { return baseline; }
        public void setBaseline(Integer baseline) { this.baseline = baseline; }
        public Integer getStatus() { return status; }
        public void setStatus(Integer status) { this.status = status; }

        boolean asked() {
            return indicator != null && !indicator.isBlank();
        }
    }

    @GetMapping("/comparisons")
    String compare(@ModelAttribute("question") Question question, BindingResult form, HttpSession session,
            Model model) {
        Instant asOf = ViewedAsOf.of(session);
        Map<String, IndicatorView> known = indicators.byId(asOf);
        List<AreaView> areas = references.areas(asOf);
        model.addAttribute("indicators", known.values());
        // Comparison areas too: the demo's figures are for the designated areas taken together.
        model.addAttribute("areaChoices", areas);
        model.addAttribute("comparisonChoices", areas);
        model.addAttribute("names", references.names(asOf));
        if (question.asked()) {
            List<String> chosen = check(question, form, known, areas);
            if (!form.hasErrors()) {
                ComparisonView view = queries.one(new FindComparisonQuery(question.getIndicator(), chosen,
                        question.getComparison(), question.getBaseline(), question.getStatus(), asOf),
                        ComparisonView.class);
                model.addAttribute("comparison", view);
                model.addAttribute("indicator", known.get(question.getIndicator()));
                model.addAttribute("chosen", chosen);
                List<String> drawn = chosen.stream().limit(AREAS_PER_SERIES_CHART).toList();
                model.addAttribute("seriesAreas", drawn);
                model.addAttribute("didChart", format.didChart(view.indicator(), chosen, view.comparison(),
                        view.baseline(), view.status(), asOf));
                model.addAttribute("seriesChart", format.seriesChart(view.indicator(), drawn, view.comparison(),
                        view.baseline(), view.status(), asOf));
            }
        }
        return "comparisons/page";
    }

    /** The same comparison as CSV, one row per area, as the API gives it (Danish Excel opens it as is). */
    @GetMapping(path = "/comparisons/export.csv", produces = "text/csv")
    ResponseEntity<ComparisonRows> export(@ModelAttribute("question") Question question, BindingResult form,
            HttpSession session) {
        Instant asOf = ViewedAsOf.of(session);
        Map<String, IndicatorView> known = indicators.byId(asOf);
        List<String> chosen = check(question, form, known, references.areas(asOf));
        if (!question.asked() || form.hasErrors()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        ComparisonView view = queries.one(new FindComparisonQuery(question.getIndicator(), chosen,
                question.getComparison(), question.getBaseline(), question.getStatus(), asOf), ComparisonView.class);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sammenligning-" + view.indicator() + "-" + view.baseline() + "-" + view.status()
                                + ".csv").build().toString())
                .body(ComparisonRows.of(view));
    }

    /**
     * The same checks as the API's: a known indicator and areas, years in range with the status after the baseline.
     * Answers the areas to compare: those chosen, or every municipal-designated area when none is.
     */
    private static List<String> check(Question question, BindingResult form, Map<String, IndicatorView> known,
            List<AreaView> areas) {
        Set<String> ids = areas.stream().map(AreaView::id).collect(Collectors.toSet());
        if (question.asked() && !known.containsKey(question.getIndicator())) {
            form.rejectValue("indicator", "compare.unknownIndicator");
        }
        if (question.getComparison() == null || question.getComparison().isBlank()) {
            question.setComparison(DEFAULT_COMPARISON);
        }
        if (!ids.contains(question.getComparison())) {
            form.rejectValue("comparison", "compare.unknownArea");
        }
        List<String> chosen = List.copyOf(new LinkedHashSet<>(question.getAreas()));
        if (chosen.stream().anyMatch(id -> !ids.contains(id))) {
            form.rejectValue("areas", "compare.unknownArea");
        }
        if (chosen.isEmpty()) {
            chosen = areas.stream().filter(a -> a.kind() == AreaKind.MUNICIPAL_DESIGNATED).map(AreaView::id).toList();
        }
        if (!form.hasFieldErrors("baseline") && !year(question.getBaseline())) {
            form.rejectValue("baseline", "compare.year");
        }
        if (!form.hasFieldErrors("status") && !year(question.getStatus())) {
            form.rejectValue("status", "compare.year");
        } else if (!form.hasFieldErrors("status") && year(question.getBaseline())
                && question.getStatus() <= question.getBaseline()) {
            form.rejectValue("status", "compare.statusAfterBaseline");
        }
        return chosen;
    }

    private static boolean year(Integer year) {
        return year != null && year >= 1900 && year <= 2100;
    }
}
