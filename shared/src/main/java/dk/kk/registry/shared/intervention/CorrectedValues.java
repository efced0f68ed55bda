package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import java.time.LocalDate;

/** The corrected values of an earlier fact; only the fields that apply to that fact may be set. */
public record CorrectedValues(
        String title,
        String description,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String caseReference,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        PartnerRole role,
        Money amount,
        Integer fromYear,
        Integer toYear,
        Integer year,
        String decisionReference,
        LocalDate periodFrom,
        LocalDate periodTo,
        EvaluationResult result,
        String summary,
        String reportReference) {
}
