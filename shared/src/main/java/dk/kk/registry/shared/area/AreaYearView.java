package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.Certainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The interventions that ran in an area in one year (valid time), by id and title, each saying whether it certainly
 * or possibly ran then.
 */
public record AreaYearView(int year, List<AreaInterventionView> interventions) {

    /**
     * The interventions that certainly or possibly ran in the year ({@link Certainty#ranWithin}), each with how sure
     * that is; an intervention whose dates rule the year out is left out, and one listed twice (directly and through
     * the designated areas together, or through two designations) is listed once, as surely as either says.
     */
    public static List<AreaInterventionView> running(List<AreaInterventionView> interventions, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, AreaInterventionView> running = new LinkedHashMap<>();
        for (AreaInterventionView intervention : interventions) {
            Certainty ran = Certainty.ranWithin(intervention.from(), intervention.to(), start, end);
            if (ran != null) {
                AreaInterventionView here = intervention.within(ran);
                running.merge(
                        here.id(),
                        here,
                        (listed, other) ->
                                listed.certainty() == Certainty.CERTAIN || other.certainty() != Certainty.CERTAIN
                                        ? listed
                                        : other);
            }
        }
        return new ArrayList<>(running.values());
    }

    /**
     * The first year a timeline of these interventions shows: the earliest year their starts allow (the latest stated
     * one where a start is open towards the past); {@code fallback} when none states a start.
     */
    public static int firstYear(List<AreaInterventionView> interventions, int fallback) {
        return interventions.stream()
                .map(AreaInterventionView::from)
                .map(from -> from == null ? null : from.earliest() != null ? from.earliest() : from.latest())
                .filter(Objects::nonNull)
                .mapToInt(LocalDate::getYear)
                .min()
                .orElse(fallback);
    }
}
