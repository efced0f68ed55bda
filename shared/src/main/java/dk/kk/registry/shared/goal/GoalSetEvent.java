package dk.kk.registry.shared.goal;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A measurable goal was set under a policy. {@code areas} empty means city-wide: the goal is about the designated
 * areas taken together. Revision 2 added {@code areas} and {@code comparisonArea}; revision-1 payloads are upcast to
 * a city-wide goal compared with {@code rest-of-copenhagen}, the default the API has always documented. Revision 3
 * lets the baseline's values be a range or a bound ({@code UncertainValue}); a decimal string of revision 2 reads as
 * the exact value it always was (ADR 0016). Revision 4 lets them be approximate ("ca. 20"); revision 3 reads as it was.
 */
@Revision("4")
public record GoalSetEvent(
        String goalId,
        String title,
        String policy,
        String ownerAdministration,
        String indicator,
        List<String> areas,
        String comparisonArea,
        Baseline baseline,
        Target target,
        Integer deadlineYear) {}
