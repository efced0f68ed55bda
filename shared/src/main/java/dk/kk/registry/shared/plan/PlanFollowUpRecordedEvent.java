package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A year's follow-up of the plan was recorded. */
@Revision("1")
public record PlanFollowUpRecordedEvent(
        String planId, int year, List<ProgressNote> goals, List<ProgressNote> measures, String summary) {}
