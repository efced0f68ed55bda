package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import java.util.List;

/**
 * An open intervention that needs action, with every reason: its planned end, the day its evaluation falls due (null
 * once evaluated or without a planned end) and the day its current stage began.
 */
public record InterventionNeedingAction(
        String id,
        String title,
        String leadAdministration,
        Stage stage,
        LocalDate plannedEnd,
        LocalDate evaluationDue,
        LocalDate stageSince,
        List<ActionNeeded> reasons) {
}
