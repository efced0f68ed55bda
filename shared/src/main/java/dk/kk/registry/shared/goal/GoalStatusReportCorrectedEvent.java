package dk.kk.registry.shared.goal;

import dk.kk.registry.shared.common.UncertainValue;
import org.axonframework.serialization.Revision;

/**
 * The status report of a year was corrected. Only the corrected fields are set; a null field was not corrected and
 * an empty text was removed. The original report stays in the log. Revision 2 lets a corrected value be a range or a
 * bound; a decimal string of revision 1 reads as the exact value it always was. Revision 3 lets it be approximate
 * ("ca. 20"); revision 2 reads as it was.
 */
@Revision("3")
public record GoalStatusReportCorrectedEvent(
        String goalId,
        int year,
        UncertainValue areaValue,
        UncertainValue comparisonValue,
        String commentary,
        String dataQualityNote,
        String caseReference) {}
