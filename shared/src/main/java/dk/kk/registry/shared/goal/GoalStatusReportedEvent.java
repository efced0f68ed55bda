package dk.kk.registry.shared.goal;

import dk.kk.registry.shared.common.UncertainValue;
import org.axonframework.serialization.Revision;

/**
 * A goal's status for a year was reported (at most one report per year; later changes are corrections). Revision 2
 * lets the values be a range or a bound as the source states them; a decimal string of revision 1 reads as the exact
 * value it always was (ADR 0016). Revision 3 lets them be approximate ("ca. 20"); revision 2 reads as it was.
 */
@Revision("3")
public record GoalStatusReportedEvent(
        String goalId,
        int year,
        UncertainValue areaValue,
        UncertainValue comparisonValue,
        String commentary,
        String dataQualityNote,
        String caseReference) {}
