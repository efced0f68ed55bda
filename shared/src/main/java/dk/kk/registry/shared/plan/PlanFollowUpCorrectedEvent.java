package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A year's follow-up was corrected: the whole follow-up as it now reads. */
@Revision("1")
public record PlanFollowUpCorrectedEvent(
        String planId, int year, List<ProgressNote> goals, List<ProgressNote> measures, String summary) {}
