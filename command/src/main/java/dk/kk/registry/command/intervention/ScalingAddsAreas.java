package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import java.util.LinkedHashSet;
import java.util.List;

/** Scaling spreads an intervention to existing areas where it does not run yet. */
final class ScalingAddsAreas {

    private ScalingAddsAreas() {}

    static List<String> check(List<String> requested, List<Span> current, ReferenceCatalog catalog) {
        if (requested == null || requested.isEmpty()) {
            throw new RuleViolation("ScalingAddsAreas", "areas", "name the areas the intervention is scaled to");
        }
        for (int i = 0; i < requested.size(); i++) {
            String area = requested.get(i);
            catalog.require(ReferenceKind.AREA, area, "areas[" + i + "]");
            if (Span.activeFor(current, area).isPresent()) {
                throw new RuleViolation(
                        "ScalingAddsAreas", "areas[" + i + "]", "the intervention already runs in area '" + area + "'");
            }
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }
}
