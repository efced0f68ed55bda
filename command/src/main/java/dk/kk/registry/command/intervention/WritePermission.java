package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.Actor;
import dk.kk.registry.command.common.NotPermitted;
import java.util.List;

/**
 * A project manager writes only interventions led by their own administration, or where their administration is a
 * current partner. Which roles may write at all is decided by the web layer; this rule needs the aggregate's state.
 */
final class WritePermission {

    private WritePermission() {}

    static void forRegistration(Actor actor, String leadAdministration) {
        if (actor.isProjectManager() && !java.util.Objects.equals(actor.administration(), leadAdministration)) {
            throw new NotPermitted("a project manager of " + actor.administration()
                    + " may only register interventions led by " + actor.administration());
        }
    }

    static void forChange(Actor actor, String leadAdministration, List<Span> currentPartners) {
        if (!actor.isProjectManager()) {
            return;
        }
        String own = actor.administration();
        boolean leads = own != null && own.equals(leadAdministration);
        boolean partners = currentPartners.stream().anyMatch(span -> span.key().equals(own));
        if (!leads && !partners) {
            throw new NotPermitted((leadAdministration == null
                            ? "this intervention has no lead administration"
                            : "this intervention is led by " + leadAdministration)
                    + " and " + own + " is not a partner in it");
        }
    }
}
