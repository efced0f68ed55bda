package dk.kk.registry.shared.policy;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.screening.ScreeningRule;
import java.util.List;

/**
 * A policy with its period, objectives, focus areas, current designation criteria and every earlier version, and the
 * rule its screenings use (null until one is set).
 */
public record PolicyView(
        String id,
        String title,
        UncertainDate periodFrom,
        UncertainDate periodTo,
        List<String> objectives,
        List<String> focusAreas,
        List<String> criteria,
        List<CriteriaVersionView> criteriaVersions,
        ScreeningRule screeningRule) {}
