package dk.kk.registry.shared.policy;

import java.time.LocalDate;
import java.util.List;

/** A policy with its period, objectives, focus areas, current designation criteria and every earlier version. */
public record PolicyView(
        String id,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<String> objectives,
        List<String> focusAreas,
        List<String> criteria,
        List<CriteriaVersionView> criteriaVersions) {
}
