package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A problem or potential of the area was added to the plan's analysis, with its evidence. */
@Revision("1")
public record PlanAnalysisItemRecordedEvent(
        String planId,
        String itemId,
        AnalysisKind kind,
        String description,
        List<String> indicators,
        List<String> measurements) {}
