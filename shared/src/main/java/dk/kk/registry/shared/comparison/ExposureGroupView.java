package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.UncertainValue;
import java.util.List;

/**
 * One side of an exposure comparison: its areas with data, the mean difference-in-differences, the areas without data,
 * and the interventions of the category that ran in its areas during the window (none on the side not exposed).
 * {@code possibleAreas} are those of its areas with data whose figures only may be for the years compared (their
 * {@code valueCertainty} is POSSIBLE), so the mean is only possible where any is listed.
 */
public record ExposureGroupView(
        int areas,
        UncertainValue meanDifferenceInDifferences,
        List<String> areaIds,
        List<String> withoutData,
        List<InterventionReference> interventions,
        List<String> possibleAreas) {}
