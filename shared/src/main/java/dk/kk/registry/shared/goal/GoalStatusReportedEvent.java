package dk.kk.registry.shared.goal;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** A goal's status for a year was reported (at most one report per year; later changes are corrections). */
@Revision("1")
public record GoalStatusReportedEvent(
        String goalId,
        int year,
        BigDecimal areaValue,
        BigDecimal comparisonValue,
        String commentary,
        String dataQualityNote,
        String caseReference) {
}
