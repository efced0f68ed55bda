package dk.kk.registry.infra.ui;

import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.measurement.IndicatorCoverageView;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Where an indicator has whole-year values, and for which years: what a comparison can compare, said before it is
 * asked (in the indicator picker) and beside its answer (which areas and comparison areas have figures).
 */
final class Coverage {

    /** An area with the years it has values for. */
    record Covered(AreaView area, List<Integer> years) {}

    private final Map<String, Map<String, List<Integer>>> byIndicator = new HashMap<>();

    Coverage(List<IndicatorCoverageView> rows) {
        rows.forEach(row -> byIndicator
                .computeIfAbsent(row.indicator(), i -> new LinkedHashMap<>())
                .put(row.area(), row.years()));
    }

    boolean both(String indicator, String area, Integer baseline, Integer status) {
        List<Integer> years = byIndicator.getOrDefault(indicator, Map.of()).get(area);
        return years != null
                && baseline != null
                && status != null
                && years.contains(baseline)
                && years.contains(status);
    }

    /** The areas with values of the indicator, in the order of the areas given. */
    List<Covered> of(String indicator, List<AreaView> areas) {
        Map<String, List<Integer>> covered = byIndicator.getOrDefault(indicator, Map.of());
        return areas.stream()
                .filter(area -> covered.containsKey(area.id()))
                .map(area -> new Covered(area, covered.get(area.id())))
                .toList();
    }

    /** Each indicator's label for the picker: its name, the years with values and in how many areas. */
    Map<String, String> labels(Collection<IndicatorView> indicators, MessageSource messages) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (IndicatorView indicator : indicators) {
            Map<String, List<Integer>> covered = byIndicator.getOrDefault(indicator.id(), Map.of());
            TreeSet<Integer> years = new TreeSet<>();
            covered.values().forEach(years::addAll);
            String label = years.isEmpty()
                    ? messages.getMessage(
                            "compare.indicator.noValues",
                            new Object[] {indicator.name()},
                            LocaleContextHolder.getLocale())
                    : messages.getMessage(
                            "compare.indicator.values",
                            new Object[] {
                                indicator.name(),
                                String.valueOf(years.first()),
                                String.valueOf(years.last()),
                                covered.size()
                            },
                            LocaleContextHolder.getLocale());
            labels.put(indicator.id(), label);
        }
        return labels;
    }
}
