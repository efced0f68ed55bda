package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
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
        UncertainDate plannedEnd,
        LocalDate evaluationDue,
        UncertainDate stageSince,
        List<ActionNeeded> reasons) {}
