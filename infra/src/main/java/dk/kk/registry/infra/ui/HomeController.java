package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.security.CurrentActor;
import dk.kk.registry.infra.web.Queries;
import dk.kk.registry.shared.common.Role;
import dk.kk.registry.shared.intervention.FindOverdueEvaluationsQuery;
import dk.kk.registry.shared.intervention.FindRecentlyChangedInterventionsQuery;
import dk.kk.registry.shared.intervention.InterventionPage;
import dk.kk.registry.shared.intervention.SearchInterventionsQuery;
import dk.kk.registry.shared.intervention.Stage;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the counts that matter to the signed-in role, the interventions overdue for evaluation and the
 * latest changes; a project manager sees those of their own administration.
 */
@Controller
class HomeController {

    private static final int LISTED = 10;

    private final Queries queries;

    HomeController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String home(HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        CurrentActor actor = CurrentActor.get();
        String administration = actor.role() == Role.PROJECT_MANAGER ? actor.administration() : null;
        model.addAttribute("all", count(null, null, asOf));
        model.addAttribute("active", count(administration, Stage.ACTIVE, asOf));
        if (administration != null) {
            model.addAttribute("mine", count(administration, null, asOf));
        }
        InterventionPage overdue = queries.one(new FindOverdueEvaluationsQuery(asOf, 0, LISTED),
                InterventionPage.class);
        model.addAttribute("overdue", overdue);
        model.addAttribute("recent", queries.one(new FindRecentlyChangedInterventionsQuery(administration, asOf,
                LISTED), InterventionPage.class));
        return "home";
    }

    private long count(String administration, Stage stage, Instant asOf) {
        return queries.one(new SearchInterventionsQuery(null, administration, null, null, stage, null, null, null,
                null, null, asOf, 0, 1), InterventionPage.class).total();
    }
}
