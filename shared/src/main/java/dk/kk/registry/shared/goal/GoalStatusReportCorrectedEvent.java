package dk.kk.registry.shared.goal;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * The status report of a year was corrected. Only the corrected fields are set; a null field was not corrected and
 * an empty text was removed. The original report stays in the log.
 */
@Revision("1")
public record GoalStatusReportCorrectedEvent(
        String goalId,
        int year,
        BigDecimal areaValue,
        BigDecimal comparisonValue,
        String commentary,
        String dataQualityNote,
        String caseReference) {
}
