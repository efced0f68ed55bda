package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.security.CurrentActor;
import dk.kk.registry.shared.common.Role;
import dk.kk.registry.shared.intervention.InterventionView;

/**
 * Which intervention pages offer changes to whom, so that a page shows only the buttons its user may use. The
 * registry decides regardless: a project manager changes only what their administration leads or currently partners
 * in (the aggregate's WritePermission); an evaluator records evaluations on any intervention.
 */
final class WriteAccess {

    private WriteAccess() {}

    static boolean mayChange(CurrentActor actor, InterventionView intervention) {
        if (actor.role() != Role.PROJECT_MANAGER
                || actor.administration() == null
                || intervention.stage().isClosed()) {
            return false;
        }
        return actor.administration().equals(intervention.leadAdministration())
                || intervention.partners().stream()
                        .anyMatch(partner -> partner.effectiveTo() == null
                                && actor.administration().equals(partner.organisationId()));
    }

    static boolean mayEvaluate(CurrentActor actor, InterventionView intervention) {
        return actor.role() == Role.EVALUATOR && !intervention.stage().isClosed() || mayChange(actor, intervention);
    }
}
