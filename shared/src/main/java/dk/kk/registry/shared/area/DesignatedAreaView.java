package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;

/**
 * An area on a list in a window of valid time: the designation with its dates as its sources state them, and whether
 * it certainly or only possibly held in the window ({@link Certainty#ranWithin}).
 */
public record DesignatedAreaView(
        String areaId,
        String designationId,
        DesignationList list,
        String policy,
        UncertainDate effectiveFrom,
        UncertainDate effectiveTo,
        Certainty certainty) {}
