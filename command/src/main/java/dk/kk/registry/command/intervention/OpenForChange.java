package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.intervention.Stage;

/**
 * Once embedded in core operations or terminated, an intervention takes no new areas, partners, funding, stages or
 * decisions; evaluations, expenditures, adjustments and corrections are still recorded.
 */
final class OpenForChange {

    private OpenForChange() {}

    static void check(Stage stage) {
        if (stage.isClosed()) {
            throw new RuleViolation(
                    "ClosedInterventionsStayClosed",
                    null,
                    "the intervention is " + stage + "; only evaluations, expenditures, funding adjustments and "
                            + "corrections can still be recorded");
        }
    }
}
